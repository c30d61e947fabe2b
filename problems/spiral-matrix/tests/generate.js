// Random matrices for spiral-matrix, with the answer by the four shrinking boundaries.
//
//   generate: {seed, m, n, maxAbs?}
//     an m x n matrix of values uniform in -maxAbs..maxAbs (default 1000)
function spiral(matrix) {
  const result = [];
  let top = 0, bottom = matrix.length - 1, left = 0, right = matrix[0].length - 1;
  while (top <= bottom && left <= right) {
    for (let j = left; j <= right; j++) result.push(matrix[top][j]);
    top++;
    for (let i = top; i <= bottom; i++) result.push(matrix[i][right]);
    right--;
    if (top <= bottom) {
      for (let j = right; j >= left; j--) result.push(matrix[bottom][j]);
      bottom--;
    }
    if (left <= right) {
      for (let i = bottom; i >= top; i--) result.push(matrix[i][left]);
      left++;
    }
  }
  return result;
}

function generate({ m, n, maxAbs = 1000 }, rng) {
  assert(Number.isInteger(m) && m >= 1 && m <= 100, `m = ${m}`);
  assert(Number.isInteger(n) && n >= 1 && n <= 100, `n = ${n}`);
  assert(Number.isInteger(maxAbs) && maxAbs >= 0 && maxAbs <= 1000, `maxAbs = ${maxAbs}`);
  const matrix = Array.from({ length: m }, () => Array.from({ length: n }, () => rng.int(-maxAbs, maxAbs)));
  const out = spiral(matrix);
  assert(out.length === m * n, `the spiral has ${out.length} elements, not ${m * n}`);
  return { in: { matrix }, out };
}
