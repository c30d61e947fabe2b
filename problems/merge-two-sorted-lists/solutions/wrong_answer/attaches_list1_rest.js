// Plausible bug: after the loop, attaches only list1's remainder (`tail.next = list1`), as if list1 were the
// one that always runs out last; when list2 is the longer one its tail is lost.
var mergeTwoLists = function(list1, list2) {
    const dummy = new ListNode(0);
    let tail = dummy;
    while (list1 !== null && list2 !== null) {
        if (list1.val <= list2.val) {
            tail.next = list1;
            list1 = list1.next;
        } else {
            tail.next = list2;
            list2 = list2.next;
        }
        tail = tail.next;
    }
    tail.next = list1;
    return dummy.next;
};
