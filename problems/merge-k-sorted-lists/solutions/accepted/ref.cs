public class Solution {
    public ListNode MergeKLists(ListNode[] lists) {
        // A min-heap holds the current head of every non-empty list; the smallest head is the next node.
        var heap = new PriorityQueue<ListNode, int>();
        foreach (var head in lists) {
            if (head != null) {
                heap.Enqueue(head, head.val);
            }
        }
        var dummy = new ListNode();
        ListNode tail = dummy;
        while (heap.Count > 0) {
            ListNode node = heap.Dequeue();
            tail.next = node;
            tail = node;
            if (node.next != null) {
                heap.Enqueue(node.next, node.next.val);
            }
        }
        tail.next = null;
        return dummy.next;
    }
}
