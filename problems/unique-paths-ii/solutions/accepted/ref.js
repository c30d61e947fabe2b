/**
 * @param {number[][]} obstacleGrid
 * @return {number}
 */
var uniquePathsWithObstacles = function(obstacleGrid) {
    // ways[j] = paths to cell (i, j) of the current row; it still holds row i - 1's count until updated.
    const n = obstacleGrid[0].length;
    const ways = new Array(n).fill(0);
    ways[0] = 1;
    for (const row of obstacleGrid) {
        for (let j = 0; j < n; j++) {
            if (row[j] === 1) {
                ways[j] = 0;
            } else if (j > 0) {
                ways[j] += ways[j - 1];
            }
        }
    }
    return ways[n - 1];
};
