/**
 * Iterative: swap the children of every node, visiting the nodes with an explicit stack.
 * @param {TreeNode|null} root
 * @return {TreeNode|null}
 */
var invertTree = function(root) {
    const stack = root ? [root] : [];
    while (stack.length > 0) {
        const node = stack.pop();
        const left = node.left;
        node.left = node.right;
        node.right = left;
        if (node.left) stack.push(node.left);
        if (node.right) stack.push(node.right);
    }
    return root;
};
