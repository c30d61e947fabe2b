public class Solution {
    private int best;

    public int MaxPathSum(TreeNode root) {
        best = int.MinValue;
        Gain(root);
        return best;
    }

    // The best sum of a path that starts at node and goes down (never below 0 once clamped by the caller).
    private int Gain(TreeNode node) {
        if (node == null) return 0;
        int left = System.Math.Max(0, Gain(node.left));
        int right = System.Math.Max(0, Gain(node.right));
        best = System.Math.Max(best, node.val + left + right);
        return node.val + System.Math.Max(left, right);
    }
}
