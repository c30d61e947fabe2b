// Plausible bug: peels floor(min(m, n) / 2) complete rings, as one would for a square matrix
// of even size, and forgets what is left in the middle: the centre of an odd square, or the
// middle row or column of a rectangle.
var spiralOrder = function(matrix) {
    const m = matrix.length, n = matrix[0].length;
    const result = [];
    const layers = Math.floor(Math.min(m, n) / 2);
    for (let k = 0; k < layers; k++) {
        const top = k, bottom = m - 1 - k, left = k, right = n - 1 - k;
        for (let j = left; j < right; j++) result.push(matrix[top][j]);
        for (let i = top; i < bottom; i++) result.push(matrix[i][right]);
        for (let j = right; j > left; j--) result.push(matrix[bottom][j]);
        for (let i = bottom; i > top; i--) result.push(matrix[i][left]);
    }
    return result;
};
