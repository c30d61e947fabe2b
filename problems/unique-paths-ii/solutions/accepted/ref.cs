public class Solution {
    public int UniquePathsWithObstacles(int[][] obstacleGrid) {
        // ways[j] = paths to cell (i, j) of the current row; it still holds row i - 1's count until updated.
        int n = obstacleGrid[0].Length;
        var ways = new long[n];
        ways[0] = 1;
        foreach (var row in obstacleGrid) {
            for (int j = 0; j < n; j++) {
                if (row[j] == 1) {
                    ways[j] = 0;
                } else if (j > 0) {
                    ways[j] += ways[j - 1];
                }
            }
        }
        return (int)ways[n - 1];
    }
}
