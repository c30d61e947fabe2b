# Plausible bug: non-strict comparisons, so a value equal to an ancestor's is accepted on
# either side; the definition asks for strictly less on the left and strictly greater on the right.
class Solution:
    def isValidBST(self, root):
        def valid(node, low, high):
            if node is None:
                return True
            if (low is not None and node.val < low) or (high is not None and node.val > high):
                return False
            return valid(node.left, low, node.val) and valid(node.right, node.val, high)

        return valid(root, None, None)
