// Repeatedly walks to the tail of what is left, detaches it and appends it to the result: O(n^2).
var reverseList = function(head) {
    let result = null, resultTail = null;
    while (head !== null) {
        let beforeTail = null, tail = head;
        while (tail.next !== null) {
            beforeTail = tail;
            tail = tail.next;
        }
        if (beforeTail === null) {
            head = null;
        } else {
            beforeTail.next = null;
        }
        if (result === null) {
            result = tail;
        } else {
            resultTail.next = tail;
        }
        resultTail = tail;
    }
    return result;
};
