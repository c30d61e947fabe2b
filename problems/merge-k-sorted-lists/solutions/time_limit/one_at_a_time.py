# Merges the lists into the result one at a time: O(k * N).
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

        result = None
        for head in lists:
            result = merge_two(result, head)
        return result
