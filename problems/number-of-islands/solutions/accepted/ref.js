/**
 * @param {number[][]} grid
 * @return {number}
 */
var numIslands = function(grid) {
    // Union-find over the land cells.
    const m = grid.length, n = grid[0].length;
    const parent = new Int32Array(m * n);
    for (let i = 0; i < m * n; i++) {
        parent[i] = i;
    }
    const find = (x) => {
        while (parent[x] !== x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    };
    let islands = 0;
    const union = (a, b) => {
        const ra = find(a), rb = find(b);
        if (ra !== rb) {
            parent[ra] = rb;
            islands--;
        }
    };
    for (let r = 0; r < m; r++) {
        for (let c = 0; c < n; c++) {
            if (grid[r][c] !== 1) {
                continue;
            }
            islands++;
            if (r > 0 && grid[r - 1][c] === 1) union(r * n + c, (r - 1) * n + c);
            if (c > 0 && grid[r][c - 1] === 1) union(r * n + c, r * n + c - 1);
        }
    }
    return islands;
};
