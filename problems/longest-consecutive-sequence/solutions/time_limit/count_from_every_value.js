// Uses a set, but counts upwards from EVERY value instead of only from the start of a run:
// O(n^2) lookups on a single long run.
var longestConsecutive = function(nums) {
    const values = new Set(nums);
    let best = 0;
    for (const x of values) {
        let length = 1;
        while (values.has(x + length)) {
            length++;
        }
        best = Math.max(best, length);
    }
    return best;
};
