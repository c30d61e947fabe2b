# Plausible bug: counts the nodes with `while node.next` (one short), then walks sz - n steps from the dummy:
# it unlinks the node just before the target (and still removes the head when n == sz, which hides the bug on
# one-node lists).
class Solution:
    def removeNthFromEnd(self, head, n):
        sz = 0
        node = head
        while node.next:
            sz += 1
            node = node.next
        dummy = ListNode(0, head)
        prev = dummy
        for _ in range(sz - n):
            prev = prev.next
        prev.next = prev.next.next
        return dummy.next
