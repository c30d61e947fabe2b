from collections import Counter


class Solution:
    def findTheDifference(self, s, t):
        # Counter subtraction keeps only positive counts: the added letter, once.
        return next(iter(Counter(t) - Counter(s)))
