// Plausible bug: compares the counter with k before counting the current node, as if k were
// 0-indexed, so it returns the (k+1)-th smallest value.
var kthSmallest = function(root, k) {
    const stack = [];
    let node = root, count = 0;
    while (node || stack.length > 0) {
        while (node) { stack.push(node); node = node.left; }
        node = stack.pop();
        if (count === k) return node.val;
        count++;
        node = node.right;
    }
    return -1;
};
