# Plausible bug: loops `while curr.next` (guarding the access to curr.next) instead of `while curr`, so the
# last node is never linked in: [1, 2, 3] comes out as [2, 1], and a single node as the empty list.
class Solution:
    def reverseList(self, head):
        if head is None:
            return None
        prev, curr = None, head
        while curr.next:
            nxt = curr.next
            curr.next = prev
            prev = curr
            curr = nxt
        return prev
