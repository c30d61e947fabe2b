// Correct but O(n * h): for every node, computes the best downward paths of its two children
// with a fresh recursion instead of reusing them. About 4.5 * 10^8 calls on a path of 3 * 10^4.
var maxPathSum = function(root) {
    const down = (node) => (node ? node.val + Math.max(0, down(node.left), down(node.right)) : 0);
    let best = -Infinity;
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        best = Math.max(best, node.val + Math.max(0, down(node.left)) + Math.max(0, down(node.right)));
        if (node.left) stack.push(node.left);
        if (node.right) stack.push(node.right);
    }
    return best;
};
