// Walks every path from the start without memoisation: time at least the number of paths, plus every dead end
// explored on the way.
public class Solution {
    private int[][] grid = [];

    public int UniquePathsWithObstacles(int[][] obstacleGrid) {
        grid = obstacleGrid;
        return Count(0, 0);
    }

    private int Count(int i, int j) {
        if (i == grid.Length || j == grid[0].Length || grid[i][j] == 1) {
            return 0;
        }
        if (i == grid.Length - 1 && j == grid[0].Length - 1) {
            return 1;
        }
        return Count(i + 1, j) + Count(i, j + 1);
    }
}
