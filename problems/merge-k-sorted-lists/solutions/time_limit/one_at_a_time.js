// Merges the lists into the result one at a time: O(k * N).
var mergeKLists = function(lists) {
    let result = null;
    for (const list of lists) {
        result = mergeTwo(result, list);
    }
    return result;
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
