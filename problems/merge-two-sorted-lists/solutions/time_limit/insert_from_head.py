# Inserts every node of list2 into list1, scanning from the head each time: O(n * m).
class Solution:
    def mergeTwoLists(self, list1, list2):
        dummy = ListNode(float("-inf"), list1)
        while list2:
            node, list2 = list2, list2.next
            prev = dummy
            while prev.next and prev.next.val <= node.val:
                prev = prev.next
            node.next = prev.next
            prev.next = node
        return dummy.next
