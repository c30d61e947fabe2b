// Plausible bug: uses a SortedDictionary keyed by the node's value as the "heap" (no PriorityQueue needed).
// Two lists whose current heads hold the same value share a key, so one overwrites the other and that list's
// remaining nodes are lost.
public class Solution {
    public ListNode MergeKLists(ListNode[] lists) {
        var byValue = new SortedDictionary<int, ListNode>();
        foreach (var head in lists) {
            if (head != null) {
                byValue[head.val] = head;
            }
        }
        var dummy = new ListNode();
        ListNode tail = dummy;
        while (byValue.Count > 0) {
            var first = byValue.First();
            byValue.Remove(first.Key);
            ListNode node = first.Value;
            tail.next = node;
            tail = node;
            if (node.next != null) {
                byValue[node.next.val] = node.next;
            }
        }
        tail.next = null;
        return dummy.next;
    }
}
