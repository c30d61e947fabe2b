// Plausible bug: int.MinValue and int.MaxValue stand for "no bound", so a node whose value is
// one of them is judged out of range although the tree is valid.
public class Solution {
    public bool IsValidBST(TreeNode root) => Valid(root, int.MinValue, int.MaxValue);

    private static bool Valid(TreeNode node, int low, int high) {
        if (node == null) return true;
        if (node.val <= low || node.val >= high) return false;
        return Valid(node.left, low, node.val) && Valid(node.right, node.val, high);
    }
}
