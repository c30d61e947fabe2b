class Solution:
    def uniquePathsWithObstacles(self, obstacleGrid):
        # ways[j] = paths to cell (i, j) of the current row; it still holds row i - 1's count until updated.
        n = len(obstacleGrid[0])
        ways = [0] * n
        ways[0] = 1
        for row in obstacleGrid:
            for j in range(n):
                if row[j] == 1:
                    ways[j] = 0
                elif j > 0:
                    ways[j] += ways[j - 1]
        return ways[-1]
