// Trees of n nodes of a given shape with values uniform in lo..hi; the answer by the O(n) recurrence over the
// nodes from the last to the first (every child comes after its parent in makeShape's numbering):
// gain(u) = val(u) + max(0, gain(left), gain(right)), best = max over u of val(u) + max(0, gain(left)) +
// max(0, gain(right)).
//
//   generate: {seed, n, shape, spine?, lo, hi}   shape: see makeShape below
function generate({ n, shape, spine = 1, lo, hi }, rng) {
  assert(Number.isInteger(n) && n >= 1 && n <= 30000, `n = ${n}`);
  assert(-1000 <= lo && lo <= hi && hi <= 1000, `values ${lo}..${hi}`);
  const { L, R } = trees.shape(shape, n, rng, spine);
  const val = Array.from({ length: n }, () => rng.int(lo, hi));
  const gain = new Array(n).fill(0);
  let best = -Infinity;
  for (let u = n - 1; u >= 0; u--) {
    const gl = L[u] >= 0 ? Math.max(0, gain[L[u]]) : 0;
    const gr = R[u] >= 0 ? Math.max(0, gain[R[u]]) : 0;
    gain[u] = val[u] + Math.max(gl, gr);
    best = Math.max(best, val[u] + gl + gr);
  }
  return { in: { root: trees.levelOrder(val, L, R) }, out: best };
}
