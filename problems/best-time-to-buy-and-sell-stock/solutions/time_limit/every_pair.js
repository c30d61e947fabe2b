var maxProfit = function(prices) {
    let best = 0;
    for (let i = 0; i < prices.length; i++)
        for (let j = i + 1; j < prices.length; j++)
            if (prices[j] - prices[i] > best) best = prices[j] - prices[i];
    return best;
};
