class Solution:
    def findTheDifference(self, s: str, t: str) -> str:
        # The sums of the character codes differ by exactly the added letter.
        return chr(sum(map(ord, t)) - sum(map(ord, s)))
