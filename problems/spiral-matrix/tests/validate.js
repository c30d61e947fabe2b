// The statement's constraints: an m x n matrix with 1 <= m, n <= 100, every row of the same length, every value
// an integer in -1000..1000. Messages only on failure.
function validate({ matrix }) {
  const m = matrix.length;
  assert(m >= 1 && m <= 100, `matrix has ${m} rows; 1..100`);
  const n = matrix[0].length;
  assert(n >= 1 && n <= 100, `matrix has ${n} columns; 1..100`);
  for (let i = 0; i < m; i++) {
    const row = matrix[i];
    if (row.length !== n) assert(false, `row ${i} has ${row.length} elements, row 0 has ${n}`);
    for (let j = 0; j < n; j++) {
      const x = row[j];
      if (!(Number.isInteger(x) && Math.abs(x) <= 1000)) assert(false, `matrix[${i}][${j}] = ${x} is outside -1000..1000`);
    }
  }
}
