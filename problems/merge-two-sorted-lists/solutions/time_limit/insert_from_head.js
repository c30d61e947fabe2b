// Inserts every node of list2 into list1, scanning from the head each time: O(n * m).
var mergeTwoLists = function(list1, list2) {
    const dummy = new ListNode(-Infinity, list1);
    while (list2 !== null) {
        const node = list2;
        list2 = list2.next;
        let prev = dummy;
        while (prev.next !== null && prev.next.val <= node.val) {
            prev = prev.next;
        }
        node.next = prev.next;
        prev.next = node;
    }
    return dummy.next;
};
