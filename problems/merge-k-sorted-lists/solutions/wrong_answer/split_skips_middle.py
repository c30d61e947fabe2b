# Plausible bug: divide and conquer on an inclusive range [lo, hi], but the halves are [lo, mid - 1] and
# [mid + 1, hi]: the list at mid is never merged in.
class Solution:
    def mergeKLists(self, lists):
        def merge_two(a, b):
            dummy = tail = ListNode()
            while a and b:
                if a.val <= b.val:
                    tail.next, a = a, a.next
                else:
                    tail.next, b = b, b.next
                tail = tail.next
            tail.next = a or b
            return dummy.next

        def merge(lo, hi):
            if lo > hi:
                return None
            if lo == hi:
                return lists[lo]
            mid = (lo + hi) // 2
            return merge_two(merge(lo, mid - 1), merge(mid + 1, hi))

        return merge(0, len(lists) - 1)
