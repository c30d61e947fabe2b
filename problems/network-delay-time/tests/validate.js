// The statement's constraints: 2 <= n <= 10^5, 1 <= k <= n, 1..10^5 edges [u, v, w] with 1 <= u, v <= n, u != v,
// 0 <= w <= 100, and no two edges with the same (u, v). Messages only on failure.
function validate({ times, n, k }) {
  assert(Number.isInteger(n) && n >= 2 && n <= 100000, `n = ${n}; 2..10^5`);
  assert(Number.isInteger(k) && k >= 1 && k <= n, `k = ${k}; 1..n`);
  const m = times.length;
  assert(m >= 1 && m <= 100000, `times has ${m} edges; 1..10^5`);
  const seen = new Set();
  for (let i = 0; i < m; i++) {
    const e = times[i];
    if (!(e.length === 3 && Number.isInteger(e[0]) && Number.isInteger(e[1]) && Number.isInteger(e[2]) &&
          e[0] >= 1 && e[0] <= n && e[1] >= 1 && e[1] <= n && e[0] !== e[1] && e[2] >= 0 && e[2] <= 100)) {
      assert(false, `times[${i}] = [${e}]; [u, v, w] with 1 <= u, v <= n, u != v, 0 <= w <= 100`);
    }
    const key = e[0] * 131072 + e[1];
    assert(!seen.has(key), `times[${i}] repeats the edge ${e[0]} -> ${e[1]}`);
    seen.add(key);
  }
}
