/**
 * Recursive in-order walk that stops as soon as the k-th value is found.
 * @param {TreeNode} root
 * @param {number} k
 * @return {number}
 */
var kthSmallest = function(root, k) {
    let count = 0, answer = -1;
    const visit = (node) => {
        if (!node || count >= k) return;
        visit(node.left);
        if (++count === k) answer = node.val;
        if (count < k) visit(node.right);
    };
    visit(root);
    return answer;
};
