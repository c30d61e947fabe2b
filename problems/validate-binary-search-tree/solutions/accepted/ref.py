class Solution:
    def isValidBST(self, root):
        # Bounds passed down: None means unbounded on that side.
        def valid(node, low, high):
            if node is None:
                return True
            if (low is not None and node.val <= low) or (high is not None and node.val >= high):
                return False
            return valid(node.left, low, node.val) and valid(node.right, node.val, high)

        return valid(root, None, None)
