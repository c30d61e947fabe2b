// Plain recursion over every choice of the next coin, without memoisation: exponential time.
var coinChange = function(coins, amount) {
    const fewest = (rest) => {
        if (rest === 0) {
            return 0;
        }
        let best = -1;
        for (const c of coins) {
            if (c <= rest) {
                const sub = fewest(rest - c);
                if (sub >= 0 && (best < 0 || sub + 1 < best)) {
                    best = sub + 1;
                }
            }
        }
        return best;
    };
    return fewest(amount);
};
