// solve(input): the answer for a written case. Pairs are counted exactly in integers (halves doubled) after
// one sort, then divided once.
function solve({ scores, labels }) {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let negBelow = 0, twice = 0, pos = 0, neg = 0;
  for (let i = 0; i < idx.length; ) {
    let j = i, p = 0, q = 0;
    while (j < idx.length && scores[idx[j]] === scores[idx[i]]) {
      if (labels[idx[j]] === 1) p++; else q++;
      j++;
    }
    twice += 2 * p * negBelow + p * q;
    negBelow += q;
    pos += p;
    neg += q;
    i = j;
  }
  assert(Number.isSafeInteger(twice), 'pair count exceeds 2^53');
  return twice / (2 * pos * neg);
}

// generate: sorting 10^5 elements in the generator's interpreter is too slow, so the scores are made in
// increasing order (a random walk whose step is 0, a tie, with probability `tieRate`), the labels drawn along
// the way (more likely positive higher up when `signal` is set), the answer counted by one sweep over the
// groups of equal scores, and only then are the examples shuffled.
// The generator's interpreter is slow and counts every allocation against its memory limit, so the loops
// below draw from an inlined copy of mulberry32 (seeded once from rng) instead of calling rng per draw, and
// declare their variables once.
function generate({ n, tieRate, signal, posRate }, rng) {
  const rate = posRate ?? 0.5;
  const sorted = new Array(n), sortedLabels = new Array(n);
  let a = rng.int(0, 2 ** 32 - 1), t, u = 0, i, j, x, p, q;
  for (i = 0; i < n; i++) {
    a = (a + 0x6D2B79F5) >>> 0;
    t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    x = (t ^ (t >>> 14)) >>> 0; // 32 random bits: 8 for the tie, 13 for the step, 10 for the label
    if (i === 0 || (x & 255) / 256 >= tieRate) u += 1 + ((x >>> 8) & 8191);
    p = rate + (signal ? 0.8 * rate * (i / n - 0.5) : 0);
    sorted[i] = u;
    sortedLabels[i] = i === 0 ? 0 : i === n - 1 ? 1 : ((x >>> 21) & 1023) / 1024 < p ? 1 : 0;
  }
  let twice = 0, below = 0, pos = 0;
  for (i = 0; i < n; i = j) {
    p = 0;
    q = 0;
    for (j = i; j < n && sorted[j] === sorted[i]; j++) {
      if (sortedLabels[j] === 1) p++; else q++;
    }
    twice += 2 * p * below + p * q;
    below += q;
    pos += p;
  }
  const neg = n - pos;
  assert(Number.isSafeInteger(twice), 'pair count exceeds 2^53');
  // Shuffle (Fisher-Yates). u <= 8192 * 10^5, so the scores lie in [-5 * 10^5, 3.2 * 10^5], and distinct u stay
  // distinct scores.
  const scores = new Array(n), labels = new Array(n);
  for (i = 0; i < n; i++) {
    scores[i] = sorted[i] / 1000 - 500000;
    labels[i] = sortedLabels[i];
  }
  for (i = n - 1; i > 0; i--) {
    a = (a + 0x6D2B79F5) >>> 0;
    t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    j = (((t ^ (t >>> 14)) >>> 0) % (i + 1));
    x = scores[i]; scores[i] = scores[j]; scores[j] = x;
    x = labels[i]; labels[i] = labels[j]; labels[j] = x;
  }
  return { in: { scores, labels }, out: twice / (2 * pos * neg) };
}
