/**
 * @param {number[]} candidates
 * @param {number} target
 * @return {number[][]}
 */
var combinationSum = function(candidates, target) {
    // Unbounded-knapsack style: ways[t] lists the combinations of sum t built from the candidates seen so
    // far. Taking the candidates in ascending order and appending the new one keeps every list ascending,
    // and each combination is made once (by its count of each candidate).
    const sorted = [...candidates].sort((a, b) => a - b);
    const ways = Array.from({ length: target + 1 }, () => []);
    ways[0].push([]);
    for (const c of sorted) {
        for (let t = c; t <= target; t++) {
            for (const combo of ways[t - c]) ways[t].push([...combo, c]);
        }
    }
    return ways[target];
};
