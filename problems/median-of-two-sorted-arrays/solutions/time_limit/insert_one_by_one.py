# Inserts every value of nums2 into a copy of nums1, finding its place by scanning from the front: correct,
# but O(n * (m + n)) steps, about 10^10 when both arrays hold 10^5 values.
class Solution:
    def findMedianSortedArrays(self, nums1, nums2):
        merged = list(nums1)
        for x in nums2:
            pos = 0
            while pos < len(merged) and merged[pos] <= x:
                pos += 1
            merged.insert(pos, x)
        k = len(merged)
        if k % 2 == 1:
            return float(merged[k // 2])
        return (merged[k // 2 - 1] + merged[k // 2]) / 2
