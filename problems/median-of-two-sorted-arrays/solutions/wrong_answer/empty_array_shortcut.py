# Plausible bug: a shortcut for an empty array that returns the middle element, forgetting that the other
# array may have an even length: [] and [1, 2, 3, 4] give 3 instead of 2.5. The general case is right.
class Solution:
    def findMedianSortedArrays(self, nums1, nums2):
        if not nums1:
            return float(nums2[len(nums2) // 2])
        if not nums2:
            return float(nums1[len(nums1) // 2])
        merged = []
        i = j = 0
        while i < len(nums1) and j < len(nums2):
            if nums1[i] <= nums2[j]:
                merged.append(nums1[i])
                i += 1
            else:
                merged.append(nums2[j])
                j += 1
        merged.extend(nums1[i:])
        merged.extend(nums2[j:])
        k = len(merged)
        if k % 2 == 1:
            return float(merged[k // 2])
        return (merged[k // 2 - 1] + merged[k // 2]) / 2
