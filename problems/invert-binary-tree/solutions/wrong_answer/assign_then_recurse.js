// Plausible bug: assigns the new left child before reading the old one. The second call
// recurses into root.left, which already holds the inverted right subtree: that subtree is
// inverted a second time (back to its original order) and the old left subtree is lost.
// On [1, 2] both calls see null and node 2 disappears.
var invertTree = function(root) {
    if (!root) return null;
    root.left = invertTree(root.right);
    root.right = invertTree(root.left);
    return root;
};
