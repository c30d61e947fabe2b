// The statement's constraints: 2 <= n <= 100; at most n(n-1)/2 distinct flights [from, to, price] between
// distinct cities in 0..n-1 with 1 <= price <= 10^4; src, dst, k in 0..n-1 and src != dst.
// Messages only on failure.
function validate({ n, flights, src, dst, k }) {
  assert(Number.isInteger(n) && n >= 2 && n <= 100, `n = ${n}; 2..100`);
  const m = flights.length;
  assert(m <= n * (n - 1) / 2, `flights has ${m} flights; at most n(n-1)/2 = ${n * (n - 1) / 2}`);
  const seen = new Set();
  for (let i = 0; i < m; i++) {
    const f = flights[i];
    if (!(f.length === 3 && Number.isInteger(f[0]) && Number.isInteger(f[1]) && Number.isInteger(f[2]) &&
          f[0] >= 0 && f[0] < n && f[1] >= 0 && f[1] < n && f[0] !== f[1] && f[2] >= 1 && f[2] <= 10000)) {
      assert(false, `flights[${i}] = [${f}]; [from, to, price] with from != to in 0..n-1, 1 <= price <= 10^4`);
    }
    const key = f[0] * 100 + f[1];
    assert(!seen.has(key), `flights[${i}] repeats the flight ${f[0]} -> ${f[1]}`);
    seen.add(key);
  }
  for (const [name, v] of [["src", src], ["dst", dst], ["k", k]]) {
    assert(Number.isInteger(v) && v >= 0 && v < n, `${name} = ${v}; 0..n-1`);
  }
  assert(src !== dst, `src and dst are both ${src}`);
}
