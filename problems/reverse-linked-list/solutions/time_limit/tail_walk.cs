// Builds the reversed list by repeatedly walking to the tail of what is left, detaching it and appending it
// to the result: correct, but each walk is O(n), O(n^2) in all (1.25 * 10^9 steps at n = 5 * 10^4).
public class Solution {
    public ListNode ReverseList(ListNode head) {
        ListNode result = null, resultTail = null;
        while (head != null) {
            ListNode beforeTail = null, tail = head;
            while (tail.next != null) {
                beforeTail = tail;
                tail = tail.next;
            }
            if (beforeTail == null) {
                head = null;
            } else {
                beforeTail.next = null;
            }
            if (result == null) {
                result = tail;
            } else {
                resultTail.next = tail;
            }
            resultTail = tail;
        }
        return result;
    }
}
