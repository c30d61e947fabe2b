// The statement's constraints: 1 <= m <= 2000 points, 1 <= k <= 20 centroids, 1 <= d <= 8 coordinates each,
// every coordinate in -10^4..10^4. Messages only on failure.
function validate({ points, centroids }) {
  const m = points.length, k = centroids.length;
  assert(m >= 1 && m <= 2000, `points has ${m} rows; 1..2000`);
  assert(k >= 1 && k <= 20, `centroids has ${k} rows; 1..20`);
  const d = points[0].length;
  assert(d >= 1 && d <= 8, `d = ${d}; 1..8`);
  for (const [name, rows] of [["points", points], ["centroids", centroids]]) {
    rows.forEach((row, i) => {
      assert(row.length === d, `${name}[${i}] has ${row.length} entries; every row has d = ${d}`);
      row.forEach((x, j) => assert(Number.isFinite(x) && Math.abs(x) <= 10000, `${name}[${i}][${j}] = ${x} is outside -10^4..10^4`));
    });
  }
}
