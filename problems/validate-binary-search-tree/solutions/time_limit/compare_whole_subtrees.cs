// Correct but O(n * h): every node is compared with every node of its two subtrees. On a path
// of 10^4 nodes that is 5 * 10^7 comparisons.
public class Solution {
    public bool IsValidBST(TreeNode root) {
        if (root == null) return true;
        return AllLess(root.left, root.val) && AllGreater(root.right, root.val)
            && IsValidBST(root.left) && IsValidBST(root.right);
    }

    private static bool AllLess(TreeNode node, int v) =>
        node == null || (node.val < v && AllLess(node.left, v) && AllLess(node.right, v));

    private static bool AllGreater(TreeNode node, int v) =>
        node == null || (node.val > v && AllGreater(node.left, v) && AllGreater(node.right, v));
}
