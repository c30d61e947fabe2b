// The statement's constraints, checked on every case by ./interview validate.
function validate({ X, y, W1, b1, W2, b2 }) {
  const n = X.length, d = W1.length, h = b1.length, c = b2.length;
  assert(n >= 1 && n <= 200, `n = ${n}; 1..200`);
  assert(d >= 1 && d <= 16, `d = ${d}; 1..16`);
  assert(h >= 1 && h <= 32, `h = ${h}; 1..32`);
  assert(c >= 2 && c <= 10, `c = ${c}; 2..10`);
  assert(y.length === n, `y has ${y.length} labels for ${n} rows`);
  const matrix = (M, rows, cols, name, max) => {
    assert(M.length === rows, `${name} has ${M.length} rows, expected ${rows}`);
    M.forEach((row, i) => {
      assert(row.length === cols, `${name}[${i}] has ${row.length} entries, expected ${cols}`);
      row.forEach((v, j) => assert(Math.abs(v) <= max, `${name}[${i}][${j}] = ${v} is outside -${max}..${max}`));
    });
  };
  matrix(X, n, d, 'X', 10);
  matrix(W1, d, h, 'W1', 10);
  matrix(W2, h, c, 'W2', 10);
  b1.forEach((v, j) => assert(Math.abs(v) <= 100, `b1[${j}] = ${v} is outside -100..100`));
  b2.forEach((v, k) => assert(Math.abs(v) <= 100, `b2[${k}] = ${v} is outside -100..100`));
  y.forEach((v, i) => assert(Number.isInteger(v) && v >= 0 && v < c, `y[${i}] = ${v} is outside 0..${c - 1}`));
}
