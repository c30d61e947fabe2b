# Plausible bug: returns the node's value plus BOTH children's gains to the parent, so a path
# that forks at a node is extended upward, which visits that node's edges like a tree, not a path.
class Solution:
    def maxPathSum(self, root):
        best = float("-inf")

        def gain(node):
            nonlocal best
            if node is None:
                return 0
            left = max(0, gain(node.left))
            right = max(0, gain(node.right))
            best = max(best, node.val + left + right)
            return node.val + left + right

        gain(root)
        return best
