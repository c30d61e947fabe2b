// Plausible bug: sorts, and records a run's length only when the run is broken. The last run
// is never broken, so it is never recorded: [1, 5, 6, 7] gives 1, and [5] gives 0.
var longestConsecutive = function(nums) {
    const sorted = nums.slice().sort((a, b) => a - b);
    let best = 0, run = 1;
    for (let i = 1; i < sorted.length; i++) {
        if (sorted[i] === sorted[i - 1]) {
            continue;
        }
        if (sorted[i] === sorted[i - 1] + 1) {
            run++;
        } else {
            best = Math.max(best, run);
            run = 1;
        }
    }
    return best;
};
