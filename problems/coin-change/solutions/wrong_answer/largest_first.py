# Plausible bug: greedy, always takes the largest coin that still fits. Fine for everyday
# currency, wrong in general: with coins [1, 3, 4] and amount 6 it pays 4 + 1 + 1 instead of
# 3 + 3, and with [3, 5] and amount 9 it gets stuck after the 5.
class Solution:
    def coinChange(self, coins, amount):
        count = 0
        for c in sorted(coins, reverse=True):
            count += amount // c
            amount %= c
        return count if amount == 0 else -1
