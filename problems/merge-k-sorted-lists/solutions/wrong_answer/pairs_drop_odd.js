// Plausible bug: merges the lists in pairs round by round, but the pairing loop (`i + 1 < length`) skips the
// last list when their number is odd, so that list's nodes are lost.
var mergeKLists = function(lists) {
    if (lists.length === 0) {
        return null;
    }
    let current = lists;
    while (current.length > 1) {
        const next = [];
        for (let i = 0; i + 1 < current.length; i += 2) {
            next.push(mergeTwo(current[i], current[i + 1]));
        }
        current = next;
    }
    return current[0];
};

function mergeTwo(a, b) {
    const dummy = new ListNode(0);
    let tail = dummy;
    while (a !== null && b !== null) {
        if (a.val <= b.val) {
            tail.next = a;
            a = a.next;
        } else {
            tail.next = b;
            b = b.next;
        }
        tail = tail.next;
    }
    tail.next = a !== null ? a : b;
    return dummy.next;
}
