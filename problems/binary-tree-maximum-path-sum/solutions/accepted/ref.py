class Solution:
    def maxPathSum(self, root):
        # Iterative post-order: nodes in preorder, processed in reverse, so children come before parents.
        order, stack = [], [root]
        while stack:
            node = stack.pop()
            order.append(node)
            if node.left:
                stack.append(node.left)
            if node.right:
                stack.append(node.right)
        gain = {None: 0}
        best = root.val
        for node in reversed(order):
            left = max(0, gain[node.left])
            right = max(0, gain[node.right])
            best = max(best, node.val + left + right)
            gain[node] = node.val + max(left, right)
        return best
