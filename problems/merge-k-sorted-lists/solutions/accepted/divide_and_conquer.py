# Divide and conquer: merge the left half, merge the right half, merge the two results (depth log k).
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

        def merge(lo, hi):  # lists[lo:hi]
            if hi - lo == 0:
                return None
            if hi - lo == 1:
                return lists[lo]
            mid = (lo + hi) // 2
            return merge_two(merge(lo, mid), merge(mid, hi))

        return merge(0, len(lists))
