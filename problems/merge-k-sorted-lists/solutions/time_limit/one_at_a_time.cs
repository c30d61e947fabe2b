// Merges the lists into the result one at a time: correct, but every merge walks the whole result built so far,
// O(k * N) in all (about 5 * 10^8 steps for 10^4 lists of 10 nodes).
public class Solution {
    public ListNode MergeKLists(ListNode[] lists) {
        ListNode result = null;
        foreach (var list in lists) {
            result = MergeTwo(result, list);
        }
        return result;
    }

    private static ListNode MergeTwo(ListNode a, ListNode b) {
        var dummy = new ListNode();
        ListNode tail = dummy;
        while (a != null && b != null) {
            if (a.val <= b.val) {
                tail.next = a;
                a = a.next;
            } else {
                tail.next = b;
                b = b.next;
            }
            tail = tail.next;
        }
        tail.next = a ?? b;
        return dummy.next;
    }
}
