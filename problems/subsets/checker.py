# Custom checker for subsets: the power set of nums, subsets in any order, elements of a subset in any order.
#
# expected is one correct answer (it is not needed: the input determines the answer).
# actual is whatever the submission returned, decoded from JSON: it is never trusted.


def _describe(value):
    """A short description of a value of unknown type, never its full text (it may be huge)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array of length %d" % len(value)
    if isinstance(value, dict):
        return "an object"
    return "a value of type %s" % type(value).__name__


def _as_int(value):
    """value as an int, or None. JSON numbers compare by value (2.0 is 2); booleans are not numbers."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _show(subset):
    return "[" + ", ".join(str(x) for x in sorted(subset)) + "]"


def _check(input, expected, actual):
    nums = input["nums"]
    values = set(nums)
    total = 2 ** len(nums)

    if not isinstance(actual, list):
        return False, "expected an array of subsets, got %s" % _describe(actual)

    seen = set()
    for index, subset in enumerate(actual):
        if not isinstance(subset, list):
            return False, "element %d is %s, not a subset (an array of numbers)" % (index, _describe(subset))
        members = []
        for value in subset:
            number = _as_int(value)
            if number is None or number not in values:
                shown = repr(value) if number is not None and len(repr(value)) <= 24 else _describe(value)
                return False, "subset %d contains %s, which is not an element of nums" % (index, shown)
            members.append(number)
        key = frozenset(members)
        if len(key) != len(members):
            return False, "subset %d lists an element more than once" % index
        if key in seen:
            return False, "the subset %s appears more than once" % _show(key)
        seen.add(key)

    if len(seen) != total:
        # Distinct subsets of nums: fewer than 2^n means some are missing. Name the smallest missing one.
        n = len(nums)
        ordered = sorted(nums)
        for size in range(n + 1):
            for mask in range(1 << n):
                subset = frozenset(ordered[i] for i in range(n) if mask >> i & 1)
                if len(subset) == size and subset not in seen:
                    missing = total - len(seen)
                    return False, "%d of the %d subsets %s missing, for example %s" % (
                        missing, total, "is" if missing == 1 else "are", _show(subset))
    return True


def check(input, expected, actual):
    try:
        return _check(input, expected, actual)
    except Exception as error:  # a malformed custom input, say: a wrong answer, never a crash
        return False, "could not check the output: %s: %s" % (type(error).__name__, str(error)[:200])
