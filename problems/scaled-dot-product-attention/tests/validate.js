// The statement's constraints, checked on every case by ./interview validate.
function validate({ Q, K, V }) {
  const n = Q.length, m = K.length;
  assert(n >= 1 && n <= 200 && m >= 1 && m <= 200, `n = ${n}, m = ${m}; 1..200`);
  assert(V.length === m, `V has ${V.length} rows, K has ${m}`);
  const d = Q[0].length, dv = V[0].length;
  assert(d >= 1 && d <= 64 && dv >= 1 && dv <= 64, `d = ${d}, d_v = ${dv}; 1..64`);
  for (const [name, M, c] of [['Q', Q, d], ['K', K, d], ['V', V, dv]]) {
    M.forEach((row, i) => {
      assert(row.length === c, `${name}[${i}] has ${row.length} entries; ${c} expected`);
      row.forEach((x, j) => assert(Math.abs(x) <= 100, `${name}[${i}][${j}] = ${x} is outside -100..100`));
    });
  }
}
