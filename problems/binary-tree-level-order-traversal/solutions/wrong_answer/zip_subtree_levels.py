# Plausible bug: combines the left and right subtrees' level lists with zip, which stops at
# the shorter one: the levels below the shallower subtree are dropped.
class Solution:
    def levelOrder(self, root):
        if root is None:
            return []
        left = self.levelOrder(root.left)
        right = self.levelOrder(root.right)
        if not left or not right:
            return [[root.val]] + (left or right)
        return [[root.val]] + [a + b for a, b in zip(left, right)]
