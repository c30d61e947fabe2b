// The statement's constraints: an m x n grid with 1 <= m, n <= 300, every row of the same length, every cell 0
// or 1. Messages only on failure: cases reach 9 * 10^4 cells.
function validate({ grid }) {
  const m = grid.length;
  assert(m >= 1 && m <= 300, `grid has ${m} rows; 1..300`);
  const n = grid[0].length;
  assert(n >= 1 && n <= 300, `grid has ${n} columns; 1..300`);
  for (let i = 0; i < m; i++) {
    const row = grid[i];
    if (row.length !== n) assert(false, `row ${i} has ${row.length} cells, row 0 has ${n}`);
    for (let j = 0; j < n; j++) {
      if (row[j] !== 0 && row[j] !== 1) assert(false, `grid[${i}][${j}] = ${row[j]}; 0 or 1`);
    }
  }
}
