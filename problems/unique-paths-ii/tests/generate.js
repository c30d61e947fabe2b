// Large obstacle grids, with the answer by the O(mn) count of paths (in doubles: every count that reaches the
// goal is at most the answer, exact below 2^53).
//
//   generate: {seed, m, n, kind, cap?, floor?, percent?, gate?}
//     kind: "threshold" (every cell gets a random level and the cells below a cut-off are obstacles: the cut-off
//                        is the largest one, found by binary search, that still leaves more than `cap` paths.
//                        Near that cut-off the paths funnel through a few cells, and one more obstacle can drop
//                        the count from far above `cap` to 0, so obstacles are then added one at a time instead:
//                        each time on the cell whose paths are the most numerous among those that leave at least
//                        `floor` paths (and a millionth of them), until at most `cap` remain. A grid with many dead ends and between
//                        `floor` and `cap` paths.)
//           "random"    (each cell an obstacle with probability percent / 100)
//           "wall"      (no obstacles but the anti-diagonal i + j == min(m, n) - 1, which cuts the start off from
//                        the goal; `gate` names the one column left open in it, or -1 for none)
//     The start and goal cells are kept empty (except in "random", which may block them too).
function countPaths(grid) {
  const m = grid.length, n = grid[0].length;
  const ways = new Array(n).fill(0);
  ways[0] = 1;
  for (let i = 0; i < m; i++) {
    const row = grid[i];
    for (let j = 0; j < n; j++) {
      if (row[j] === 1) ways[j] = 0;
      else if (j > 0) ways[j] += ways[j - 1];
    }
  }
  return ways[n - 1];
}

// from[i][j] = paths from the start to (i, j); to[i][j] = paths from (i, j) to the goal. Their product is the
// number of start-to-goal paths through (i, j): what an obstacle there would remove.
function pathsThrough(grid) {
  const m = grid.length, n = grid[0].length;
  const from = Array.from({ length: m }, () => new Array(n).fill(0));
  const to = Array.from({ length: m }, () => new Array(n).fill(0));
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      if (grid[i][j] === 1) continue;
      from[i][j] = i === 0 && j === 0 ? 1 : (i > 0 ? from[i - 1][j] : 0) + (j > 0 ? from[i][j - 1] : 0);
    }
  }
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      if (grid[i][j] === 1) continue;
      to[i][j] = i === m - 1 && j === n - 1 ? 1 : (i < m - 1 ? to[i + 1][j] : 0) + (j < n - 1 ? to[i][j + 1] : 0);
    }
  }
  return { from, to };
}

function generate({ m, n, kind, cap = 2e9, floor = cap / 100, percent = 30, gate = -1 }, rng) {
  assert(Number.isInteger(m) && m >= 1 && m <= 100, `m = ${m}`);
  assert(Number.isInteger(n) && n >= 1 && n <= 100, `n = ${n}`);
  let s = rng.int(1, 0xffffffff) | 0;
  const next = (k) => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return (s >>> 1) % k; };
  const grid = Array.from({ length: m }, () => new Array(n).fill(0));
  if (kind === "threshold") {
    const level = Array.from({ length: m }, () => Array.from({ length: n }, () => next(1 << 30)));
    const cut = (t) => {
      for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) grid[i][j] = level[i][j] < t ? 1 : 0;
      grid[0][0] = 0;
      grid[m - 1][n - 1] = 0;
    };
    // countPaths after cut(t) never increases with t; cut(2^30) leaves only the start and the goal.
    let lo = 0, hi = 1 << 30;                 // countPaths(cut(lo)) > cap (or lo = 0), countPaths(cut(hi)) <= cap
    while (hi - lo > 1) {
      const mid = lo + Math.floor((hi - lo) / 2);
      cut(mid);
      if (countPaths(grid) <= cap) hi = mid; else lo = mid;
    }
    cut(lo);
    for (let step = 0; ; step++) {
      assert(step < 200, `still more than ${cap} paths after 200 added obstacles`);
      const { from, to } = pathsThrough(grid);
      const total = from[m - 1][n - 1];
      if (total <= cap) break;
      let bestI = -1, bestJ = -1, best = 0;
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
          const through = from[i][j] * to[i][j];
          // Keeping a millionth of the paths too: above 2^53 the counts are rounded, and total - through is only
          // trustworthy when it is not a tiny difference of two huge numbers.
          const left = total - through;
          if (through > best && left >= floor && left >= total * 1e-6 && !(i === 0 && j === 0) && !(i === m - 1 && j === n - 1)) {
            best = through; bestI = i; bestJ = j;
          }
        }
      }
      assert(bestI >= 0, "no obstacle leaves enough paths");
      grid[bestI][bestJ] = 1;
    }
  } else if (kind === "random") {
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) grid[i][j] = next(100) < percent ? 1 : 0;
  } else {
    assert(kind === "wall", `unknown kind '${kind}'`);
    const d = Math.min(m, n) - 1;
    for (let i = 0; i <= d; i++) {
      const j = d - i;
      if (j !== gate) grid[i][j] = 1;
    }
  }
  const out = countPaths(grid);
  assert(out <= 2e9, `${out} paths, more than 2 * 10^9`);
  return { in: { obstacleGrid: grid }, out };
}
