// The statement's constraints, checked on every case by ./interview validate.
function validate({ X, y, w, b }) {
  const n = X.length, d = w.length;
  assert(n >= 1 && n <= 1000, `n = ${n}; 1..1000`);
  assert(d >= 1 && d <= 50, `d = ${d}; 1..50`);
  assert(y.length === n, `y has ${y.length} labels for ${n} rows`);
  X.forEach((row, i) => {
    assert(row.length === d, `row ${i} has ${row.length} features, w has ${d}`);
    row.forEach((v, j) => assert(Math.abs(v) <= 100, `X[${i}][${j}] = ${v} is outside -100..100`));
  });
  y.forEach((v, i) => assert(v === 0 || v === 1, `y[${i}] = ${v} is not 0 or 1`));
  w.forEach((v, j) => assert(Math.abs(v) <= 100, `w[${j}] = ${v} is outside -100..100`));
  assert(Math.abs(b) <= 1000, `b = ${b} is outside -1000..1000`);
}
