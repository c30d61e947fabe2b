// Plausible bug: seeds the start cell with 1 path before looking at it, and the loop then skips the start. An
// obstacle on the start cell is ignored, so [[1, 0], [0, 0]] gets 2 paths instead of 0.
public class Solution {
    public int UniquePathsWithObstacles(int[][] obstacleGrid) {
        int m = obstacleGrid.Length, n = obstacleGrid[0].Length;
        var dp = new int[m, n];
        dp[0, 0] = 1;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                if (obstacleGrid[i][j] == 1) {
                    dp[i, j] = 0;
                    continue;
                }
                int up = i > 0 ? dp[i - 1, j] : 0;
                int left = j > 0 ? dp[i, j - 1] : 0;
                dp[i, j] = up + left;
            }
        }
        return dp[m - 1, n - 1];
    }
}
