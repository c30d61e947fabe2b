// Plausible bug: marks unreachable amounts with int.MaxValue, then adds 1 to it. The sum wraps
// around to int.MinValue, which then wins every Math.Min: unreachable amounts get negative counts.
public class Solution {
    public int CoinChange(int[] coins, int amount) {
        var best = new int[amount + 1];
        Array.Fill(best, int.MaxValue);
        best[0] = 0;
        for (int a = 1; a <= amount; a++) {
            foreach (int c in coins) {
                if (c <= a) {
                    best[a] = Math.Min(best[a], best[a - c] + 1);
                }
            }
        }
        return best[amount] == int.MaxValue ? -1 : best[amount];
    }
}
