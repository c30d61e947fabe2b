// Plausible bug: the recursion reverses the links correctly but returns `head` (which has become the tail)
// instead of the new head that came back from the recursive call: every list of two or more nodes comes out
// as just its first value.
public class Solution {
    public ListNode ReverseList(ListNode head) {
        if (head == null || head.next == null) {
            return head;
        }
        ReverseList(head.next);
        head.next.next = head;
        head.next = null;
        return head;
    }
}
