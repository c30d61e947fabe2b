// Plausible bug: a shortcut without any search: counts the land cells with water (or the edge)
// above and to the left, as if every island had exactly one such "top-left corner". A U-shaped
// island has two: [[1, 0, 1], [1, 1, 1]] gives 2 instead of 1.
var numIslands = function(grid) {
    let islands = 0;
    for (let r = 0; r < grid.length; r++) {
        for (let c = 0; c < grid[r].length; c++) {
            if (grid[r][c] === 1
                && (r === 0 || grid[r - 1][c] === 0)
                && (c === 0 || grid[r][c - 1] === 0)) {
                islands++;
            }
        }
    }
    return islands;
};
