// For each node from the head, walks n steps ahead to check whether the end is exactly there: the first node
// for which it is, is the target. Correct, but O(sz * n): 2.5 * 10^9 steps at sz = 10^5, n = 5 * 10^4.
public class Solution {
    public ListNode RemoveNthFromEnd(ListNode head, int n) {
        var dummy = new ListNode(0, head);
        ListNode prev = dummy;
        while (true) {
            ListNode probe = prev.next;
            for (int i = 0; i < n; i++) {
                probe = probe.next;
            }
            if (probe == null) {
                prev.next = prev.next.next;
                return dummy.next;
            }
            prev = prev.next;
        }
    }
}
