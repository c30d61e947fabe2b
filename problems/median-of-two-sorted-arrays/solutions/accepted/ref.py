class Solution:
    def findMedianSortedArrays(self, nums1, nums2):
        # Binary search over the shorter array: take i elements of nums1 and j = half - i of nums2 as the
        # left half; the split is right when every left value is <= every right value.
        if len(nums1) > len(nums2):
            nums1, nums2 = nums2, nums1
        m, n = len(nums1), len(nums2)
        half = (m + n + 1) // 2  # the left half holds the middle value when m + n is odd
        inf = float("inf")
        lo, hi = 0, m
        while True:
            i = (lo + hi) // 2
            j = half - i
            left1 = nums1[i - 1] if i > 0 else -inf
            right1 = nums1[i] if i < m else inf
            left2 = nums2[j - 1] if j > 0 else -inf
            right2 = nums2[j] if j < n else inf
            if left1 > right2:
                hi = i - 1
            elif left2 > right1:
                lo = i + 1
            else:
                left_max = max(left1, left2)
                if (m + n) % 2 == 1:
                    return float(left_max)
                return (left_max + min(right1, right2)) / 2
