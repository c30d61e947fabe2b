# Plausible bug: swaps the root's two children and stops, as if mirroring the top level
# mirrored the whole tree. The subtrees keep their own left-to-right order.
class Solution:
    def invertTree(self, root):
        if root is not None:
            root.left, root.right = root.right, root.left
        return root
