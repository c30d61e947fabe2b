using System.Collections.Generic;

// Plausible bug: an iterative walk with a stack that records each node's depth. Pushing the
// left child before the right one makes the right subtree come out first, so every level
// is listed right to left.
public class Solution {
    public IList<IList<int>> LevelOrder(TreeNode root) {
        var result = new List<IList<int>>();
        if (root == null) return result;
        var stack = new Stack<(TreeNode Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0) {
            var (node, depth) = stack.Pop();
            if (depth == result.Count) result.Add(new List<int>());
            result[depth].Add(node.val);
            if (node.left != null) stack.Push((node.left, depth + 1));
            if (node.right != null) stack.Push((node.right, depth + 1));
        }
        return result;
    }
}
