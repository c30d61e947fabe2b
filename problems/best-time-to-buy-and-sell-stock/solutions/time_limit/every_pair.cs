public class Solution {
    public int MaxProfit(int[] prices) {
        var best = 0;
        for (var i = 0; i < prices.Length; i++)
            for (var j = i + 1; j < prices.Length; j++)
                if (prices[j] - prices[i] > best) best = prices[j] - prices[i];
        return best;
    }
}
