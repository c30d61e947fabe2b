public class Solution {
    public ListNode MergeTwoLists(ListNode list1, ListNode list2) {
        // A dummy node in front of the result saves the special case of the first node.
        var dummy = new ListNode();
        ListNode tail = dummy;
        while (list1 != null && list2 != null) {
            if (list1.val <= list2.val) {
                tail.next = list1;
                list1 = list1.next;
            } else {
                tail.next = list2;
                list2 = list2.next;
            }
            tail = tail.next;
        }
        // One list has run out; the other's remainder is already sorted.
        tail.next = list1 ?? list2;
        return dummy.next;
    }
}
