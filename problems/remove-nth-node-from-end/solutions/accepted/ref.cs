public class Solution {
    public ListNode RemoveNthFromEnd(ListNode head, int n) {
        // A dummy before the head makes removing the head like removing any other node.
        var dummy = new ListNode(0, head);
        ListNode fast = dummy, slow = dummy;
        // Put n + 1 links between fast and slow; when fast falls off the end, slow is just before the target.
        for (int i = 0; i <= n; i++) {
            fast = fast.next;
        }
        while (fast != null) {
            fast = fast.next;
            slow = slow.next;
        }
        slow.next = slow.next.next;
        return dummy.next;
    }
}
