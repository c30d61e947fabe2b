// Both functions sweep the candidate thresholds left to right, keeping the children's class counts, and score
// each candidate from its counts: IG = H(P) - (nL H(L) + nR H(R)) / n, with nS H(S) = nS log2 nS - sum_c m log2 m.
// The check below asserts that no candidate lies in the band (max - 1e-8, max - 1e-11): every candidate is then
// either an exact tie with the maximum or clearly worse, whichever way a solution rounds.
function flog(m) {
  return m > 0 ? m * Math.log2(m) : 0;
}

function sweep(values, counts, k, n) {
  // values: distinct x in increasing order; counts[v * k + c]: points of class c at values[v].
  const right = new Array(k).fill(0), left = new Array(k).fill(0);
  let i, c, nl = 0;
  for (i = 0; i < counts.length; i++) right[i % k] += counts[i];
  let parent = flog(n);
  for (c = 0; c < k; c++) parent -= flog(right[c]);
  const cand = [];
  for (i = 0; i + 1 < values.length; i++) {
    for (c = 0; c < k; c++) {
      const m = counts[i * k + c];
      left[c] += m;
      right[c] -= m;
      nl += m;
    }
    const nr = n - nl;
    let children = flog(nl) + flog(nr);
    for (c = 0; c < k; c++) children -= flog(left[c]) + flog(right[c]);
    cand.push([(values[i] + values[i + 1]) / 2, (parent - children) / n]);
  }
  let best = -Infinity;
  for (const [, g] of cand) best = Math.max(best, g);
  for (const [, g] of cand) assert(g >= best - 1e-11 || g < best - 1e-8, `ambiguous near-tie: ${g} vs ${best}`);
  for (const [t, g] of cand) if (g >= best - 1e-9) return [t, g];
}

// n points with integer positions u in [0, span) (x = u / 8 - 1000, so midpoints are exact), k classes; the
// class is mostly determined by which of k equal bands u falls in, with label noise `noise` (a noisy point takes
// a uniformly random class). Counting per value avoids sorting 10^5 numbers in the generator's interpreter.
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
