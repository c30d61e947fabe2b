// generate: sorting 2 * 10^5 elements in the generator's interpreter is too slow, so the scores are made in
// decreasing order (a walk whose step is 0, a tie, with probability `tieRate`), the labels drawn along the way
// (positive with probability `posRate`, higher near the top when `signal` is set; the last example is always
// positive), the answer computed by one sweep over the groups of equal scores, and only then are the examples
// shuffled. The loops draw from an inlined copy of mulberry32 (seeded once from rng) rather than calling rng
// per draw, which the interpreter makes slow.
function generate({ n, tieRate, posRate, signal }, rng) {
  const sorted = new Array(n), sortedLabels = new Array(n);
  let a = rng.int(0, 2 ** 32 - 1), t, u = 0, i, j, x, p, g;
  for (i = 0; i < n; i++) {
    a = (a + 0x6D2B79F5) >>> 0;
    t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    x = (t ^ (t >>> 14)) >>> 0; // 32 random bits: 8 for the tie, 12 for the step, 10 for the label
    if (i > 0 && (x & 255) / 256 >= tieRate) u += 1 + ((x >>> 8) & 4095);
    p = posRate + (signal ? 0.8 * posRate * (0.5 - i / n) : 0);
    sorted[i] = 400000 - u / 1000; // u <= 4096 * 2 * 10^5, so scores stay within [-419200, 400000]
    sortedLabels[i] = i === n - 1 ? 1 : ((x >>> 20) & 1023) / 1024 < p ? 1 : 0;
  }
  let total = 0;
  for (i = 0; i < n; i++) total += sortedLabels[i];
  let tp = 0, fp = 0, ap = 0;
  for (i = 0; i < n; i = j) {
    g = 0;
    for (j = i; j < n && sorted[j] === sorted[i]; j++) {
      if (sortedLabels[j] === 1) g++; else fp++;
    }
    tp += g;
    if (g > 0) ap += (g / total) * (tp / (tp + fp));
  }
  // Shuffle (Fisher-Yates).
  const scores = sorted, labels = sortedLabels;
  for (i = n - 1; i > 0; i--) {
    a = (a + 0x6D2B79F5) >>> 0;
    t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    j = ((t ^ (t >>> 14)) >>> 0) % (i + 1);
    x = scores[i]; scores[i] = scores[j]; scores[j] = x;
    x = labels[i]; labels[i] = labels[j]; labels[j] = x;
  }
  return { in: { labels, scores }, out: ap };
}
