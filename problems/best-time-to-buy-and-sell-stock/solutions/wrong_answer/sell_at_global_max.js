// Buys at the lowest price before the overall maximum and sells at that maximum: misses a better rise after it.
var maxProfit = function(prices) {
    let top = 0;
    for (let i = 1; i < prices.length; i++) if (prices[i] > prices[top]) top = i;
    let low = prices[top];
    for (let i = 0; i <= top; i++) low = Math.min(low, prices[i]);
    return prices[top] - low;
};
