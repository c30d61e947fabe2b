# The recurrence paths(i, j) = paths(i - 1, j) + paths(i, j - 1), written as plain recursion from the goal
# back to the start, without memoisation: every path (and every dead end) is walked one by one.
class Solution:
    def uniquePathsWithObstacles(self, obstacleGrid):
        def paths(i, j):
            if i < 0 or j < 0 or obstacleGrid[i][j] == 1:
                return 0
            if i == 0 and j == 0:
                return 1
            return paths(i - 1, j) + paths(i, j - 1)

        return paths(len(obstacleGrid) - 1, len(obstacleGrid[0]) - 1)
