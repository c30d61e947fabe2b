// Plausible bug: the in-order counter is an int parameter, passed by value. The nodes counted
// in a left subtree are forgotten when the call returns, so the count at each node is wrong
// and the k-th node is usually never found (the answer stays 0).
public class Solution {
    private int result;

    public int KthSmallest(TreeNode root, int k) {
        result = 0;
        Inorder(root, k, 0);
        return result;
    }

    private void Inorder(TreeNode node, int k, int count) {
        if (node == null) return;
        Inorder(node.left, k, count);
        count++;
        if (count == k) {
            result = node.val;
            return;
        }
        Inorder(node.right, k, count);
    }
}
