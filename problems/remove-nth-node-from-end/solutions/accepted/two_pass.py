# Two passes: count the nodes, then walk to the node just before index sz - n (0-based) and unlink its successor.
class Solution:
    def removeNthFromEnd(self, head, n):
        sz = 0
        node = head
        while node:
            sz += 1
            node = node.next
        dummy = ListNode(0, head)
        prev = dummy
        for _ in range(sz - n):
            prev = prev.next
        prev.next = prev.next.next
        return dummy.next
