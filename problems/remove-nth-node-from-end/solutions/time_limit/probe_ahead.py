# For each node, walks n steps ahead to check whether the end is exactly there: O(sz * n).
class Solution:
    def removeNthFromEnd(self, head, n):
        dummy = ListNode(0, head)
        prev = dummy
        while True:
            probe = prev.next
            for _ in range(n):
                probe = probe.next
            if probe is None:
                prev.next = prev.next.next
                return dummy.next
            prev = prev.next
