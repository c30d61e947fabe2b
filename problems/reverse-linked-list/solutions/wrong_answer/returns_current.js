// Plausible bug: the iterative reversal is right, but it returns `curr` (which is always null when the
// loop ends) instead of `prev`, the head of the reversed list. Only the empty list comes out right.
var reverseList = function(head) {
    let prev = null, curr = head;
    while (curr !== null) {
        const next = curr.next;
        curr.next = prev;
        prev = curr;
        curr = next;
    }
    return curr;
};
