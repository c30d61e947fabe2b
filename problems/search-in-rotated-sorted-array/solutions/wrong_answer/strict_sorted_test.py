# Plausible bug: decides that the left half nums[lo..mid] is sorted with a strict '<'.
# When lo == mid (two elements left) the one-element left half looks unsorted, and the
# search goes the wrong way: [3, 1] with target 1 returns -1.
class Solution:
    def search(self, nums, target):
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[lo] < nums[mid]:
                if nums[lo] <= target < nums[mid]:
                    hi = mid - 1
                else:
                    lo = mid + 1
            else:
                if nums[mid] < target <= nums[hi]:
                    lo = mid + 1
                else:
                    hi = mid - 1
        return -1
