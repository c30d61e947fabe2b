/**
 * In-order walk with an explicit stack: a BST lists its values in strictly increasing order.
 * @param {TreeNode} root
 * @return {boolean}
 */
var isValidBST = function(root) {
    const stack = [];
    let node = root, prev = null;
    while (node || stack.length > 0) {
        while (node) { stack.push(node); node = node.left; }
        node = stack.pop();
        if (prev !== null && node.val <= prev) return false;
        prev = node.val;
        node = node.right;
    }
    return true;
};
