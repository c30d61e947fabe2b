public class Solution {
    public int CoinChange(int[] coins, int amount) {
        // best[a] = fewest coins for amount a; amount + 1 stands for "impossible" (no overflow on + 1).
        int unreachable = amount + 1;
        var best = new int[amount + 1];
        Array.Fill(best, unreachable);
        best[0] = 0;
        for (int a = 1; a <= amount; a++) {
            foreach (int c in coins) {
                if (c <= a && best[a - c] + 1 < best[a]) {
                    best[a] = best[a - c] + 1;
                }
            }
        }
        return best[amount] == unreachable ? -1 : best[amount];
    }
}
