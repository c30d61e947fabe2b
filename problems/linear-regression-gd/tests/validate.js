// The statement's constraints, checked on every case by ./interview validate.
function validate({ X, y, w, b, lr, steps }) {
  const n = X.length, d = w.length;
  assert(n >= 1 && n <= 1000, `n = ${n}; 1..1000`);
  assert(d >= 1 && d <= 20, `d = ${d}; 1..20`);
  assert(y.length === n, `y has ${y.length} targets for ${n} rows`);
  X.forEach((row, i) => {
    assert(row.length === d, `row ${i} has ${row.length} features, w has ${d}`);
    row.forEach((v, j) => assert(Math.abs(v) <= 100, `X[${i}][${j}] = ${v} is outside -100..100`));
  });
  y.forEach((v, i) => assert(Math.abs(v) <= 1e4, `y[${i}] = ${v} is outside -10^4..10^4`));
  w.forEach((v, j) => assert(Math.abs(v) <= 100, `w[${j}] = ${v} is outside -100..100`));
  assert(Math.abs(b) <= 100, `b = ${b} is outside -100..100`);
  assert(lr > 0 && lr <= 1, `lr = ${lr} is outside (0, 1]`);
  assert(Number.isInteger(steps) && steps >= 0 && steps <= 1000, `steps = ${steps}; 0..1000`);
  assert(n * d * steps <= 1e6, `n * d * steps = ${n * d * steps} > 10^6`);
  // Stability: run the descent and check that the parameters stay bounded (the statement promises < 10^6).
  const p = w.slice();
  let bias = b;
  const r = new Array(n);
  for (let s = 0; s < steps; s++) {
    const g = new Array(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let z = bias - y[i];
      for (let j = 0; j < d; j++) z += p[j] * X[i][j];
      r[i] = z;
      gb += z;
      for (let j = 0; j < d; j++) g[j] += z * X[i][j];
    }
    for (let j = 0; j < d; j++) p[j] -= lr * 2 * g[j] / n;
    bias -= lr * 2 * gb / n;
    for (let j = 0; j < d; j++) assert(Math.abs(p[j]) < 1e6, `w[${j}] reaches ${p[j]} at step ${s + 1}: diverges`);
    assert(Math.abs(bias) < 1e6, `b reaches ${bias} at step ${s + 1}: diverges`);
  }
}
