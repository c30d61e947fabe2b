# Correct but O(n * h): every node is compared with every node of its two subtrees. On a path
# of 10^4 nodes that is 5 * 10^7 comparisons.
class Solution:
    def isValidBST(self, root):
        def values(node):
            if node is None:
                return []
            return values(node.left) + [node.val] + values(node.right)

        def check(node):
            if node is None:
                return True
            if any(v >= node.val for v in values(node.left)):
                return False
            if any(v <= node.val for v in values(node.right)):
                return False
            return check(node.left) and check(node.right)

        return check(root)
