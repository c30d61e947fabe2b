// Plausible bug: the dummy-node two-pointer walk is right, but the method returns `head` instead of
// `dummy.next`. When the head itself is removed (n == sz), the old head is returned, still linked to the rest:
// nothing seems removed.
public class Solution {
    public ListNode RemoveNthFromEnd(ListNode head, int n) {
        var dummy = new ListNode(0, head);
        ListNode fast = dummy, slow = dummy;
        for (int i = 0; i <= n; i++) {
            fast = fast.next;
        }
        while (fast != null) {
            fast = fast.next;
            slow = slow.next;
        }
        slow.next = slow.next.next;
        return head;
    }
}
