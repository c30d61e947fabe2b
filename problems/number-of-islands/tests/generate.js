// Grids for number-of-islands, with the answer by an iterative flood fill (no recursion: the islands here reach
// 9 * 10^4 cells).
//
//   generate: {seed, m, n, kind, percent?}
//     kind: "random"       (each cell land with probability percent / 100)
//           "all-land"     (one island of m * n cells: a recursive search goes m * n calls deep)
//           "checkerboard" (grid[i][j] = (i + j) % 2: every land cell is its own island, and each touches its
//                           diagonal neighbours, which a search over eight neighbours merges into one)
//           "serpentine"   (full rows of land at even i, joined by one land cell at alternate ends of the odd
//                           rows: one island shaped as a single path of about m * n / 2 cells, whose top-left
//                           corners, a land cell with water or the edge above and to the left, are many)
function countIslands(grid) {
  const m = grid.length, n = grid[0].length;
  const seen = new Uint8Array(m * n);
  const stack = [];
  let islands = 0;
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < n; c++) {
      if (grid[r][c] !== 1 || seen[r * n + c]) continue;
      islands++;
      seen[r * n + c] = 1;
      stack.push(r * n + c);
      while (stack.length > 0) {
        const k = stack.pop(), i = Math.floor(k / n), j = k % n;
        const next = [[i + 1, j], [i - 1, j], [i, j + 1], [i, j - 1]];
        for (const [a, b] of next) {
          if (a >= 0 && a < m && b >= 0 && b < n && grid[a][b] === 1 && !seen[a * n + b]) {
            seen[a * n + b] = 1;
            stack.push(a * n + b);
          }
        }
      }
    }
  }
  return islands;
}

function generate({ m, n, kind, percent = 50 }, rng) {
  assert(Number.isInteger(m) && m >= 1 && m <= 300, `m = ${m}`);
  assert(Number.isInteger(n) && n >= 1 && n <= 300, `n = ${n}`);
  const grid = Array.from({ length: m }, () => new Array(n).fill(0));
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      if (kind === "random") grid[i][j] = rng.int(0, 99) < percent ? 1 : 0;
      else if (kind === "all-land") grid[i][j] = 1;
      else if (kind === "checkerboard") grid[i][j] = (i + j) % 2;
      else {
        assert(kind === "serpentine", `unknown kind '${kind}'`);
        if (i % 2 === 0) grid[i][j] = 1;
        else if (i % 4 === 1) grid[i][j] = j === n - 1 ? 1 : 0;
        else grid[i][j] = j === 0 ? 1 : 0;
      }
    }
  }
  return { in: { grid }, out: countIslands(grid) };
}
