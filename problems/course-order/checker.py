# Custom checker for course-order: any valid order is accepted.
#
# expected is the reference answer: [] when the prerequisites contain a cycle, otherwise one valid order.
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


def _number(value):
    """A number's text, shortened: a huge integer has thousands of digits (or too many to print at all)."""
    try:
        text = repr(value)
    except ValueError:
        return "a number too large to print"
    return text if len(text) <= 24 else text[:20] + "..."


def _as_course(value, n):
    """value as a course label in 0..n-1, or None. JSON numbers compare by value (1.0 is 1); booleans are not numbers."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 0 <= value < n else None
    if isinstance(value, float):
        if value.is_integer() and 0 <= value < n:
            return int(value)
    return None


def _check(input, expected, actual):
    n = input["numCourses"]
    prerequisites = input["prerequisites"]

    if not isinstance(actual, list):
        return False, "expected an array of course labels, got %s" % _describe(actual)

    if isinstance(expected, list) and len(expected) == 0:
        if len(actual) == 0:
            return True
        return False, "the prerequisites contain a cycle, so no order exists: expected [], got %s" % _describe(actual)

    if len(actual) == 0:
        return False, "returned [] but the courses can all be taken (the expected output shows one order)"

    if len(actual) != n:
        return False, "the order must list all %d courses exactly once, got an array of length %d" % (n, len(actual))

    position = [-1] * n
    for index, value in enumerate(actual):
        course = _as_course(value, n)
        if course is None:
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return False, "element %d is %s, not a course label (0..%d)" % (index, _number(value), n - 1)
            return False, "element %d is %s, not a course label (0..%d)" % (index, _describe(value), n - 1)
        if position[course] != -1:
            return False, "course %d appears twice (at indices %d and %d)" % (course, position[course], index)
        position[course] = index

    for pair in prerequisites:
        a, b = _as_course(pair[0], n), _as_course(pair[1], n)
        if a is None or b is None:
            return False, "the input breaks the constraints: a prerequisite names a course outside 0..%d" % (n - 1)
        if position[b] > position[a]:
            return False, "prerequisite [%d, %d] is broken: course %d (index %d) must come before course %d (index %d)" % (
                a, b, b, position[b], a, position[a])
    return True


def check(input, expected, actual):
    try:
        return _check(input, expected, actual)
    except Exception as error:  # a malformed custom input, say: a wrong answer, never a crash
        return False, "could not check the output: %s: %s" % (type(error).__name__, str(error)[:200])
