// Walks every path from the start without memoisation: time at least the number of paths, plus every dead end.
var uniquePathsWithObstacles = function(obstacleGrid) {
    const m = obstacleGrid.length, n = obstacleGrid[0].length;
    const count = (i, j) => {
        if (i === m || j === n || obstacleGrid[i][j] === 1) {
            return 0;
        }
        if (i === m - 1 && j === n - 1) {
            return 1;
        }
        return count(i + 1, j) + count(i, j + 1);
    };
    return count(0, 0);
};
