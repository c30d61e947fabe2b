using System.Collections.Generic;

// Correct but O(n * h): finds the height, then for each depth d walks down from the root to
// collect the nodes at depth d. Too slow for 10^5 nodes over 10^4 levels.
public class Solution {
    public IList<IList<int>> LevelOrder(TreeNode root) {
        var result = new List<IList<int>>();
        int height = Height(root);
        for (int d = 0; d < height; d++) {
            var level = new List<int>();
            Collect(root, d, level);
            result.Add(level);
        }
        return result;
    }

    private static int Height(TreeNode node) =>
        node == null ? 0 : 1 + System.Math.Max(Height(node.left), Height(node.right));

    private static void Collect(TreeNode node, int d, List<int> level) {
        if (node == null) return;
        if (d == 0) { level.Add(node.val); return; }
        Collect(node.left, d - 1, level);
        Collect(node.right, d - 1, level);
    }
}
