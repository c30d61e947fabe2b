// Inserts every node of list2 into list1, each time scanning list1 from its head for the insertion point:
// correct, but O(n * m); with list2 entirely after list1 every scan walks the whole of list1.
public class Solution {
    public ListNode MergeTwoLists(ListNode list1, ListNode list2) {
        var dummy = new ListNode(int.MinValue, list1);
        while (list2 != null) {
            ListNode node = list2;
            list2 = list2.next;
            ListNode prev = dummy;
            while (prev.next != null && prev.next.val <= node.val) {
                prev = prev.next;
            }
            node.next = prev.next;
            prev.next = node;
        }
        return dummy.next;
    }
}
