// solve(input): the epoch, step by step, exactly as the statement orders it.
function solve({ X, y, w, b, lr, lam }) {
  const d = w.length;
  w = w.slice();
  for (let i = 0; i < X.length; i++) {
    let f = b;
    for (let j = 0; j < d; j++) f += w[j] * X[i][j];
    if (y[i] * f < 1) {
      for (let j = 0; j < d; j++) w[j] -= lr * (lam * w[j] - y[i] * X[i][j]);
      b += lr * y[i];
    } else {
      for (let j = 0; j < d; j++) w[j] -= lr * lam * w[j];
    }
  }
  return [...w, b];
}

// n examples of d features in [-xMax, xMax] (rounded to 3 decimals, or integers when `integers` is set),
// labelled by a hidden linear rule with a fraction `flip` of them flipped; the starting w and b are drawn from
// [-wMax, wMax] (the bias from [-bMax, bMax]). The generator's interpreter counts every allocation against its
// memory limit, so the loop over X draws from an inlined copy of mulberry32 (seeded once from rng) instead of
// calling rng per value, and declares its variables once.
function generate({ n, d, xMax, wMax, bMax, lr, lam, flip, integers }, rng) {
  const r = (m) => (integers ? rng.int(-m, m) : Math.round((rng.float() * 2 - 1) * m * 1000) / 1000);
  const truth = [];
  for (let j = 0; j < d; j++) truth.push(rng.float() * 2 - 1);
  const truthBias = (rng.float() * 2 - 1) * xMax * 0.3;
  const X = new Array(n), y = new Array(n);
  let a = rng.int(0, 2 ** 32 - 1), t, v, s, i, j, row;
  for (i = 0; i < n; i++) {
    row = new Array(d);
    s = truthBias;
    for (j = 0; j <= d; j++) {
      a = (a + 0x6D2B79F5) >>> 0;
      t = Math.imul(a ^ (a >>> 15), a | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      v = ((t ^ (t >>> 14)) >>> 0) / 4294967296; // uniform in [0, 1)
      if (j === d) break; // the last draw decides the label flip
      row[j] = integers ? Math.min(xMax, Math.floor(v * (2 * xMax + 1)) - xMax) : Math.round((v * 2 - 1) * xMax * 1000) / 1000;
      s += truth[j] * row[j];
    }
    X[i] = row;
    y[i] = (s >= 0) !== (v < flip) ? 1 : -1;
  }
  const w = [];
  for (j = 0; j < d; j++) w.push(r(wMax));
  const b = r(bMax ?? wMax);
  return { in: { X, y, w, b, lr, lam }, out: solve({ X, y, w, b, lr, lam }) };
}
