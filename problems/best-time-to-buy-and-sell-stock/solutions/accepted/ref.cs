public class Solution {
    public int MaxProfit(int[] prices) {
        int low = prices[0], best = 0;
        foreach (var p in prices) {
            best = Math.Max(best, p - low);
            low = Math.Min(low, p);
        }
        return best;
    }
}
