public class Solution {
    public int NumIslands(int[][] grid) {
        int m = grid.Length, n = grid[0].Length;
        var seen = new bool[m, n];
        var stack = new Stack<(int, int)>();
        int[] dr = { 1, -1, 0, 0 }, dc = { 0, 0, 1, -1 };
        int islands = 0;
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                if (grid[r][c] != 1 || seen[r, c]) {
                    continue;
                }
                islands++;
                seen[r, c] = true;
                stack.Push((r, c));
                while (stack.Count > 0) {
                    var (i, j) = stack.Pop();
                    for (int d = 0; d < 4; d++) {
                        int ni = i + dr[d], nj = j + dc[d];
                        if (ni >= 0 && ni < m && nj >= 0 && nj < n && grid[ni][nj] == 1 && !seen[ni, nj]) {
                            seen[ni, nj] = true;
                            stack.Push((ni, nj));
                        }
                    }
                }
            }
        }
        return islands;
    }
}
