# Plausible bug: every step may pick any candidate, not just those from the last one picked on, so the
# same combination is built in every order ([2, 2, 3], [2, 3, 2], [3, 2, 2]). Sorting each one before
# adding it does not help: the sorted copies are duplicates.
class Solution:
    def combinationSum(self, candidates, target):
        result, path = [], []

        def walk(rest):
            if rest == 0:
                result.append(sorted(path))
                return
            for c in candidates:
                if c <= rest:
                    path.append(c)
                    walk(rest - c)
                    path.pop()

        walk(target)
        return result
