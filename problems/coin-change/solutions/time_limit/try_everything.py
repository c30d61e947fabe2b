# Plain recursion over every choice of the next coin, without memoisation: the same
# remaining amounts are solved again and again, exponential time.
class Solution:
    def coinChange(self, coins, amount):
        def fewest(rest):
            if rest == 0:
                return 0
            best = -1
            for c in coins:
                if c <= rest:
                    sub = fewest(rest - c)
                    if sub >= 0 and (best < 0 or sub + 1 < best):
                        best = sub + 1
            return best

        return fewest(amount)
