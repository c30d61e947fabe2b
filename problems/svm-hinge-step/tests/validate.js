// The statement's constraints, checked on every case by ./interview validate.
function validate({ X, y, w, b, lr, lam }) {
  const n = X.length, d = w.length;
  assert(n >= 1 && n <= 10 ** 4, `n = ${n}; 1..10^4`);
  assert(d >= 1 && d <= 50, `d = ${d}; 1..50`);
  assert(y.length === n, `y has ${y.length} labels for ${n} rows`);
  X.forEach((row, i) => {
    assert(row.length === d, `row ${i} has ${row.length} features, w has ${d}`);
    row.forEach((v, j) => assert(Math.abs(v) <= 100, `X[${i}][${j}] = ${v} is outside -100..100`));
  });
  y.forEach((v, i) => assert(v === -1 || v === 1, `y[${i}] = ${v} is not -1 or 1`));
  w.forEach((v, j) => assert(Math.abs(v) <= 100, `w[${j}] = ${v} is outside -100..100`));
  assert(Math.abs(b) <= 100, `b = ${b} is outside -100..100`);
  assert(lr > 0 && lr <= 1, `lr = ${lr}; (0, 1]`);
  assert(lam >= 0 && lam <= 10, `lam = ${lam}; [0, 10]`);
  assert(lr * lam < 1, `lr * lam = ${lr * lam}; must be below 1`);
}
