// The statement's constraints, checked on every case by ./interview validate.
function validate({ trainX, trainY, queries, k }) {
  const n = trainX.length, q = queries.length;
  assert(n >= 1 && n <= 2000, `n = ${n}; 1..2000`);
  assert(q >= 1 && q <= 500, `q = ${q}; 1..500`);
  assert(n * q <= 5e5, `n * q = ${n * q} > 5 * 10^5`);
  const d = trainX[0].length;
  assert(d >= 1 && d <= 5, `d = ${d}; 1..5`);
  assert(trainY.length === n, `trainY has ${trainY.length} labels for ${n} points`);
  const coord = (v, where) =>
    assert(Number.isInteger(v * 2) && Math.abs(v) <= 1000, `${where} = ${v} is not a multiple of 0.5 in -1000..1000`);
  trainX.forEach((row, i) => {
    assert(row.length === d, `trainX[${i}] has ${row.length} entries, not ${d}`);
    row.forEach((v, j) => coord(v, `trainX[${i}][${j}]`));
  });
  queries.forEach((row, i) => {
    assert(row.length === d, `queries[${i}] has ${row.length} entries, not ${d}`);
    row.forEach((v, j) => coord(v, `queries[${i}][${j}]`));
  });
  trainY.forEach((c, i) => assert(Number.isInteger(c) && c >= 0 && c <= 1e9, `trainY[${i}] = ${c} is outside 0..10^9`));
  assert(Number.isInteger(k) && k >= 1 && k <= n, `k = ${k}; 1..n = ${n}`);
}
