# Plausible bug: pushes (value, node) pairs onto the heap. When two heads hold the same value, heapq compares
# the nodes themselves, and ListNode has no ordering: TypeError ('<' not supported between instances).
import heapq


class Solution:
    def mergeKLists(self, lists):
        heap = [(node.val, node) for node in lists if node]
        heapq.heapify(heap)
        dummy = tail = ListNode()
        while heap:
            _, node = heapq.heappop(heap)
            tail.next = tail = node
            if node.next:
                heapq.heappush(heap, (node.next.val, node.next))
        return dummy.next
