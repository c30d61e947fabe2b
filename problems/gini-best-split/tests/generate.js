// Both functions sweep the candidate thresholds left to right, keeping S_L = sum_c nL_c^2 and S_R = sum_c nR_c^2
// up to date, so that the weighted Gini impurity of a split is (nL - S_L / nL + nR - S_R / nR) / n.
// `assertClear` checks that no candidate lies in the band (min + 1e-12, min + 1e-8]: every candidate is then
// either an exact tie with the minimum or clearly worse, whichever way a solution rounds.
function sweep(values, counts, k, n) {
  // values: distinct x in increasing order; counts[v * k + c]: points of class c at values[v].
  const right = new Array(k).fill(0), left = new Array(k).fill(0);
  let i, c, sl = 0, sr = 0, nl = 0;
  for (i = 0; i < counts.length; i++) right[i % k] += counts[i];
  for (c = 0; c < k; c++) sr += right[c] * right[c];
  const cand = [];
  for (i = 0; i + 1 < values.length; i++) {
    for (c = 0; c < k; c++) {
      const m = counts[i * k + c];
      if (m === 0) continue;
      sl += m * (2 * left[c] + m);
      sr -= m * (2 * right[c] - m);
      left[c] += m;
      right[c] -= m;
      nl += m;
    }
    const nr = n - nl;
    cand.push([(values[i] + values[i + 1]) / 2, (nl - sl / nl + nr - sr / nr) / n]);
  }
  let best = Infinity;
  for (const [, g] of cand) best = Math.min(best, g);
  for (const [, g] of cand) assert(g <= best + 1e-12 || g > best + 1e-8, `ambiguous near-tie: ${g} vs ${best}`);
  for (const [t, g] of cand) if (g <= best + 1e-9) return [t, g];
}

function solve({ x, y }) {
  const order = x.map((_, i) => i).sort((a, b) => x[a] - x[b]);
  const k = Math.max(...y) + 1;
  const values = [], counts = [];
  for (const i of order) {
    if (values.length === 0 || values[values.length - 1] !== x[i]) {
      values.push(x[i]);
      for (let c = 0; c < k; c++) counts.push(0);
    }
    counts[(values.length - 1) * k + y[i]]++;
  }
  return sweep(values, counts, k, x.length);
}

// n points with integer positions u in [0, span) (x = u / 8 - 1000, so midpoints are exact), k classes; the
// class is mostly determined by which of k equal bands u falls in, with label noise `noise`. Counting per value
// avoids sorting 10^5 numbers in the generator's interpreter.
function generate({ n, span, k, noise }, rng) {
  const counts = new Array(span * k).fill(0);
  const x = new Array(n), y = new Array(n);
  let i, u, c;
  for (i = 0; i < n; i++) {
    u = rng.int(0, span - 1);
    c = rng.float() < noise ? rng.int(0, k - 1) : Math.floor(u * k / span);
    x[i] = u / 8 - 1000;
    y[i] = c;
    counts[u * k + c]++;
  }
  const values = [], packed = [];
  for (u = 0; u < span; u++) {
    let total = 0;
    for (c = 0; c < k; c++) total += counts[u * k + c];
    if (total === 0) continue;
    values.push(u / 8 - 1000);
    for (c = 0; c < k; c++) packed.push(counts[u * k + c]);
  }
  return { in: { x, y }, out: sweep(values, packed, k, n) };
}
