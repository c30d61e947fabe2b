# Plausible bug: the right algorithm with >= instead of >: pairs with nums[i] == 2 * nums[j] are counted too,
# such as [2, 1] or [0, 0].
class Solution:
    def reversePairs(self, nums):
        def sort_and_count(a):
            if len(a) <= 1:
                return a, 0
            mid = len(a) // 2
            left, c1 = sort_and_count(a[:mid])
            right, c2 = sort_and_count(a[mid:])
            count = c1 + c2
            j, n = 0, len(right)
            for x in left:
                while j < n and x >= 2 * right[j]:
                    j += 1
                count += j
            return sorted(left + right), count

        return sort_and_count(nums)[1]
