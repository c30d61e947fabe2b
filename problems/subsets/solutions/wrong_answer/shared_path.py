# Plausible bug: backtracking that appends the path list itself instead of a copy. Every entry
# of the result is the same list object, which is empty again once the search has finished.
class Solution:
    def subsets(self, nums):
        result = []
        path = []

        def choose(i):
            if i == len(nums):
                result.append(path)
                return
            choose(i + 1)
            path.append(nums[i])
            choose(i + 1)
            path.pop()

        choose(0)
        return result
