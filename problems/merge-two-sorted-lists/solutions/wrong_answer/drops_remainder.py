# Plausible bug: merges while both lists have nodes, but forgets to attach the remainder of the list that is
# left over when the other runs out: [1, 2] and [3, 4, 5, 6] come out as [1, 2].
class Solution:
    def mergeTwoLists(self, list1, list2):
        dummy = tail = ListNode()
        while list1 and list2:
            if list1.val <= list2.val:
                tail.next, list1 = list1, list1.next
            else:
                tail.next, list2 = list2, list2.next
            tail = tail.next
        tail.next = None
        return dummy.next
