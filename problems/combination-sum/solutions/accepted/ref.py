class Solution:
    def combinationSum(self, candidates, target):
        # Backtracking over the sorted candidates; start: the first candidate the next pick may use.
        nums = sorted(candidates)
        result, path = [], []

        def walk(start, rest):
            if rest == 0:
                result.append(path[:])
                return
            for i in range(start, len(nums)):
                if nums[i] > rest:
                    break
                path.append(nums[i])
                walk(i, rest - nums[i])
                path.pop()

        walk(0, target)
        return result
