# Plausible bug: walks the four sides of every ring without re-checking the bounds after the
# first two sides. When the remaining part is a single row or column, the bottom and left
# sides walk back over it and list its elements twice ([[1, 2, 3]] gives 1 2 3 2 1).
class Solution:
    def spiralOrder(self, matrix):
        result = []
        top, bottom = 0, len(matrix) - 1
        left, right = 0, len(matrix[0]) - 1
        while top <= bottom and left <= right:
            for j in range(left, right + 1):
                result.append(matrix[top][j])
            top += 1
            for i in range(top, bottom + 1):
                result.append(matrix[i][right])
            right -= 1
            for j in range(right, left - 1, -1):
                result.append(matrix[bottom][j])
            bottom -= 1
            for i in range(bottom, top - 1, -1):
                result.append(matrix[i][left])
            left += 1
        return result
