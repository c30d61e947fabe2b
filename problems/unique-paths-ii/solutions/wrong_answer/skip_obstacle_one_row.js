// Plausible bug: the one-row version skips obstacle cells with `continue` instead of zeroing them. The row
// array still holds the count of the cell above, so paths "pass through" the obstacle: [[0, 0], [1, 0]] gets 2
// paths instead of 1.
var uniquePathsWithObstacles = function(obstacleGrid) {
    const n = obstacleGrid[0].length;
    const dp = new Array(n).fill(0);
    dp[0] = obstacleGrid[0][0] === 1 ? 0 : 1;
    for (let i = 0; i < obstacleGrid.length; i++) {
        for (let j = 0; j < n; j++) {
            if (obstacleGrid[i][j] === 1) {
                continue;
            }
            if (j > 0) {
                dp[j] += dp[j - 1];
            }
        }
    }
    return dp[n - 1];
};
