# Correct but O(n * h): finds the height, then for each depth d walks down from the root to
# collect the nodes at depth d. Too slow for 10^5 nodes over 10^4 levels.
class Solution:
    def levelOrder(self, root):
        def height(node):
            return 0 if node is None else 1 + max(height(node.left), height(node.right))

        def collect(node, d, level):
            if node is None:
                return
            if d == 0:
                level.append(node.val)
                return
            collect(node.left, d - 1, level)
            collect(node.right, d - 1, level)

        result = []
        for d in range(height(root)):
            level = []
            collect(root, d, level)
            result.append(level)
        return result
