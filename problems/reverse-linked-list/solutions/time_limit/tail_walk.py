# Repeatedly walks to the tail of what is left, detaches it and appends it to the result: O(n^2).
class Solution:
    def reverseList(self, head):
        result = result_tail = None
        while head:
            before_tail, tail = None, head
            while tail.next:
                before_tail, tail = tail, tail.next
            if before_tail is None:
                head = None
            else:
                before_tail.next = None
            if result is None:
                result = tail
            else:
                result_tail.next = tail
            result_tail = tail
        return result
