// solve(input): the answer, exactly as the statement computes it. Math.round rounds halves up, which is away
// from zero for the non-negative |v|.
function solve({ x }) {
  let m = 0;
  for (const v of x) m = Math.max(m, Math.abs(v));
  if (m === 0) return x.map(() => 0);
  const s = m / 127;
  return x.map((v) => {
    const r = v / s;
    const q = r < 0 ? -Math.round(-r) : Math.round(r);
    return Math.max(-127, Math.min(127, q)) + 0; // + 0 turns -0 into 0
  });
}

// n values: uniform in [-range, range], or, with `halves`, multiples of s / 2 for a scale s that is a power
// of two, so that many x_i / s are exact halves.
function generate({ n, range, halves }, rng) {
  const x = new Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = halves ? rng.int(-254, 254) * 0.25 : Math.round((rng.float() * 2 - 1) * range * 1e6) / 1e6;
  }
  if (halves) x[rng.int(0, n - 1)] = -63.5; // max |x| = 63.5, so s = 0.5 and x / s = 2x
  return { in: { x }, out: solve({ x }) };
}
