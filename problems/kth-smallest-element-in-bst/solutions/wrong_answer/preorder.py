# Plausible bug: counts nodes in preorder (node, left, right) instead of in order, as if a
# BST listed its values in increasing order from the root down.
class Solution:
    def kthSmallest(self, root, k):
        stack = [root]
        while stack:
            node = stack.pop()
            k -= 1
            if k == 0:
                return node.val
            if node.right:
                stack.append(node.right)
            if node.left:
                stack.append(node.left)
        return -1
