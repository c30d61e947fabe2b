// Correct but O(n * h): every node is compared with every node of its two subtrees. On a path
// of 10^4 nodes that is 5 * 10^7 comparisons.
var isValidBST = function(root) {
    const all = (node, ok) => !node || (ok(node.val) && all(node.left, ok) && all(node.right, ok));
    const check = (node) => !node || (
        all(node.left, (v) => v < node.val) && all(node.right, (v) => v > node.val)
        && check(node.left) && check(node.right));
    return check(root);
};
