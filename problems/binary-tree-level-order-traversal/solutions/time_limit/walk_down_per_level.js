// Correct but O(n * h): finds the height, then for each depth d walks down from the root to
// collect the nodes at depth d. Too slow for 10^5 nodes over 10^4 levels.
var levelOrder = function(root) {
    const height = (node) => (node ? 1 + Math.max(height(node.left), height(node.right)) : 0);
    const collect = (node, d, level) => {
        if (!node) return;
        if (d === 0) { level.push(node.val); return; }
        collect(node.left, d - 1, level);
        collect(node.right, d - 1, level);
    };
    const result = [];
    const h = height(root);
    for (let d = 0; d < h; d++) {
        const level = [];
        collect(root, d, level);
        result.push(level);
    }
    return result;
};
