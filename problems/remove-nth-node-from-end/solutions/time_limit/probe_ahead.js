// For each node, walks n steps ahead to check whether the end is exactly there: O(sz * n).
var removeNthFromEnd = function(head, n) {
    const dummy = new ListNode(0, head);
    let prev = dummy;
    while (true) {
        let probe = prev.next;
        for (let i = 0; i < n; i++) {
            probe = probe.next;
        }
        if (probe === null) {
            prev.next = prev.next.next;
            return dummy.next;
        }
        prev = prev.next;
    }
};
