// Plausible bug: the recursive reversal forgets `head.next = null`, so the old head still points to its old
// successor, which now points back to it: the returned list has a cycle (a runtime error in the judge).
var reverseList = function(head) {
    if (head === null || head.next === null) {
        return head;
    }
    const newHead = reverseList(head.next);
    head.next.next = head;
    return newHead;
};
