// Plausible bug: two pointers without a dummy node and no check for removing the head: when n == sz, fast is
// null after n steps and `fast.next` throws a NullReferenceException.
public class Solution {
    public ListNode RemoveNthFromEnd(ListNode head, int n) {
        ListNode fast = head, slow = head;
        for (int i = 0; i < n; i++) {
            fast = fast.next;
        }
        while (fast.next != null) {
            fast = fast.next;
            slow = slow.next;
        }
        slow.next = slow.next.next;
        return head;
    }
}
