// Plausible bug: checks each node only against its direct children. A node deep in the right
// subtree that is smaller than an ancestor (but larger than its own parent) goes unnoticed.
var isValidBST = function(root) {
    if (!root) return true;
    if (root.left && root.left.val >= root.val) return false;
    if (root.right && root.right.val <= root.val) return false;
    return isValidBST(root.left) && isValidBST(root.right);
};
