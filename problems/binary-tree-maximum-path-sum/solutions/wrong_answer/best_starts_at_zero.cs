// Plausible bug: the running maximum starts at 0 instead of the smallest int, so a tree whose
// values are all negative reports 0, the sum of an empty path, which is not allowed.
public class Solution {
    private int best;

    public int MaxPathSum(TreeNode root) {
        best = 0;
        Gain(root);
        return best;
    }

    private int Gain(TreeNode node) {
        if (node == null) return 0;
        int left = System.Math.Max(0, Gain(node.left));
        int right = System.Math.Max(0, Gain(node.right));
        best = System.Math.Max(best, node.val + left + right);
        return node.val + System.Math.Max(left, right);
    }
}
