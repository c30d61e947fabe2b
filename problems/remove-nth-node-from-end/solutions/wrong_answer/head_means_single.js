// Plausible bug: two pointers without a dummy node. When fast falls off the end after n steps, the node to
// remove is the head, but the code assumes that only happens for a one-node list and returns null; any longer
// list loses all of its nodes instead of just the head.
var removeNthFromEnd = function(head, n) {
    let fast = head, slow = head;
    for (let i = 0; i < n; i++) {
        fast = fast.next;
    }
    if (fast === null) {
        return null;
    }
    while (fast.next !== null) {
        fast = fast.next;
        slow = slow.next;
    }
    slow.next = slow.next.next;
    return head;
};
