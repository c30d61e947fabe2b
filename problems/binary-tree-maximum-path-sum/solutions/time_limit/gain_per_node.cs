// Correct but O(n * h): for every node, computes the best downward paths of its two children
// with a fresh recursion instead of reusing them. About 4.5 * 10^8 calls on a path of 3 * 10^4.
public class Solution {
    public int MaxPathSum(TreeNode root) {
        int best = int.MinValue;
        var stack = new System.Collections.Generic.Stack<TreeNode>();
        stack.Push(root);
        while (stack.Count > 0) {
            var node = stack.Pop();
            int through = node.val + System.Math.Max(0, Down(node.left)) + System.Math.Max(0, Down(node.right));
            best = System.Math.Max(best, through);
            if (node.left != null) stack.Push(node.left);
            if (node.right != null) stack.Push(node.right);
        }
        return best;
    }

    private static int Down(TreeNode node) =>
        node == null ? 0 : node.val + System.Math.Max(0, System.Math.Max(Down(node.left), Down(node.right)));
}
