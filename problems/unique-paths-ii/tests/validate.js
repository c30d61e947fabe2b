// The statement's constraints: an m x n grid of 0s and 1s with 1 <= m, n <= 100, and at most 2 * 10^9 paths
// (counted here with doubles: every count that reaches the goal is at most the answer, so exact below 2^53).
function validate({ obstacleGrid }) {
  const m = obstacleGrid.length;
  assert(m >= 1 && m <= 100, `obstacleGrid has ${m} rows; 1..100`);
  const n = obstacleGrid[0].length;
  assert(n >= 1 && n <= 100, `obstacleGrid has ${n} columns; 1..100`);
  for (let i = 0; i < m; i++) {
    const row = obstacleGrid[i];
    assert(row.length === n, `row ${i} has ${row.length} cells, row 0 has ${n}`);
    for (let j = 0; j < n; j++) {
      if (row[j] !== 0 && row[j] !== 1) assert(false, `obstacleGrid[${i}][${j}] = ${row[j]}; 0 or 1`);
    }
  }
  const ways = new Array(n).fill(0);
  ways[0] = 1;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      if (obstacleGrid[i][j] === 1) ways[j] = 0;
      else if (j > 0) ways[j] += ways[j - 1];
    }
  }
  assert(ways[n - 1] <= 2e9, `the grid has ${ways[n - 1]} paths; at most 2 * 10^9`);
}
