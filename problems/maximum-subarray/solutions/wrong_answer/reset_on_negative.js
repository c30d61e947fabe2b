// Plausible bug: ends the current run at every negative number, as if a negative element
// could never be worth crossing. [5, -1, 5] has answer 9, not 5.
var maxSubArray = function(nums) {
    let best = -Infinity, current = 0;
    for (const x of nums) {
        if (x < 0) {
            best = Math.max(best, x);
            current = 0;
        } else {
            current += x;
            best = Math.max(best, current);
        }
    }
    return best;
};
