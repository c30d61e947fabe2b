// Plausible bug: never drops a child's path when its sum is negative, so a node always drags
// in its best child (and both children at the top of a path), even when leaving them out is
// better.
var maxPathSum = function(root) {
    let best = -Infinity;
    const gain = (node) => {
        if (!node) return 0;
        const left = gain(node.left);
        const right = gain(node.right);
        best = Math.max(best, node.val + left + right);
        return node.val + Math.max(left, right);
    };
    gain(root);
    return best;
};
