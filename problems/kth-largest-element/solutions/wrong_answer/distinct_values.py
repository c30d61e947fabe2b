# Plausible bug: removes duplicates first, so it returns the k-th largest DISTINCT value.
# In [5, 5, 4] with k = 2 it answers 4 instead of 5.
class Solution:
    def findKthLargest(self, nums, k):
        values = sorted(set(nums), reverse=True)
        return values[min(k, len(values)) - 1]
