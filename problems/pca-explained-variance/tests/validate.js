// The statement's constraints, checked on every case by ./interview validate.
function validate({ X, k }) {
  const n = X.length;
  assert(n >= 2 && n <= 1000, `n = ${n}; 2..1000`);
  const d = X[0].length;
  assert(d >= 1 && d <= 8, `d = ${d}; 1..8`);
  assert(Number.isInteger(k) && k >= 1 && k <= d, `k = ${k}; 1..d = ${d}`);
  X.forEach((row, i) => {
    assert(row.length === d, `row ${i} has ${row.length} entries, row 0 has ${d}`);
    row.forEach((v, j) => assert(Number.isFinite(v) && Math.abs(v) <= 1000, `X[${i}][${j}] = ${v} is outside -1000..1000`));
  });
  let varies = false;
  for (let i = 1; i < n && !varies; i++) {
    for (let j = 0; j < d; j++) if (X[i][j] !== X[0][j]) varies = true;
  }
  assert(varies, 'all rows are identical: the total variance is 0');
}
