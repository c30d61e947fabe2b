/**
 * @param {number[][]} matrix
 * @return {number[]}
 */
var spiralOrder = function(matrix) {
    // Walk and turn clockwise whenever the next cell is outside or already visited.
    const m = matrix.length, n = matrix[0].length;
    const seen = matrix.map(row => new Array(row.length).fill(false));
    const dr = [0, 1, 0, -1], dc = [1, 0, -1, 0];
    const result = [];
    let r = 0, c = 0, d = 0;
    for (let k = 0; k < m * n; k++) {
        result.push(matrix[r][c]);
        seen[r][c] = true;
        let nr = r + dr[d], nc = c + dc[d];
        if (nr < 0 || nr >= m || nc < 0 || nc >= n || seen[nr][nc]) {
            d = (d + 1) % 4;
            nr = r + dr[d];
            nc = c + dc[d];
        }
        r = nr;
        c = nc;
    }
    return result;
};
