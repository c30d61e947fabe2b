class Solution:
    def reversePairs(self, nums):
        # Merge sort. Before merging two sorted halves, count for each left value x the right values y with
        # x > 2y: the right pointer only moves forward, since x grows along the left half.
        def sort_and_count(a):
            if len(a) <= 1:
                return a, 0
            mid = len(a) // 2
            left, c1 = sort_and_count(a[:mid])
            right, c2 = sort_and_count(a[mid:])
            count = c1 + c2
            j, n = 0, len(right)
            for x in left:
                while j < n and x > 2 * right[j]:
                    j += 1
                count += j
            # sorted() merges two sorted runs in linear time (Timsort finds the runs).
            return sorted(left + right), count

        return sort_and_count(nums)[1]
