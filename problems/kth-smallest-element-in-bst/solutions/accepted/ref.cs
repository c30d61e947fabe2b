using System.Collections.Generic;

public class Solution {
    // Iterative in-order walk: the k-th node it visits holds the k-th smallest value.
    public int KthSmallest(TreeNode root, int k) {
        var stack = new Stack<TreeNode>();
        var node = root;
        while (true) {
            while (node != null) {
                stack.Push(node);
                node = node.left;
            }
            node = stack.Pop();
            if (--k == 0) return node.val;
            node = node.right;
        }
    }
}
