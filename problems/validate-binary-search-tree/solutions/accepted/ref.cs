public class Solution {
    // Each node's value must lie strictly between the bounds its ancestors set. The bounds are
    // long, so int.MinValue and int.MaxValue are ordinary values, not sentinels.
    public bool IsValidBST(TreeNode root) => Valid(root, long.MinValue, long.MaxValue);

    private static bool Valid(TreeNode node, long low, long high) {
        if (node == null) return true;
        if (node.val <= low || node.val >= high) return false;
        return Valid(node.left, low, node.val) && Valid(node.right, node.val, high);
    }
}
