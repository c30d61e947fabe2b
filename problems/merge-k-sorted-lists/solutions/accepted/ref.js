/**
 * @param {(ListNode|null)[]} lists
 * @return {ListNode|null}
 */
var mergeKLists = function(lists) {
    // Divide and conquer by rounds: merge lists in pairs until one is left. log k rounds of O(N) work.
    let current = lists.filter(l => l !== null);
    if (current.length === 0) {
        return null;
    }
    while (current.length > 1) {
        const next = [];
        for (let i = 0; i < current.length; i += 2) {
            next.push(i + 1 < current.length ? mergeTwo(current[i], current[i + 1]) : current[i]);
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
