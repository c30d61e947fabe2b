// solve(input): the statement's scores, computed from log-counts; for each query the largest score, then the
// smallest label within 1e-9 of it. Also asserts that no query has a near-tie: every score is within 1e-10 of the
// largest (a tie) or more than 1e-6 below it.
function solve({ trainCounts, trainLabels, queries }) {
  const V = trainCounts[0].length, N = trainCounts.length;
  const labels = [...new Set(trainLabels)].sort((a, b) => a - b);
  const at = new Map(labels.map((c, i) => [c, i]));
  const C = labels.length;
  const docs = new Array(C).fill(0), total = new Array(C).fill(0);
  const T = labels.map(() => new Array(V).fill(0));
  trainCounts.forEach((row, i) => {
    const c = at.get(trainLabels[i]);
    docs[c]++;
    for (let j = 0; j < V; j++) {
      T[c][j] += row[j];
      total[c] += row[j];
    }
  });
  const logTheta = T.map((t, c) => t.map((m) => Math.log(m + 1) - Math.log(total[c] + V)));
  const logPrior = docs.map((m) => Math.log(m / N));
  return queries.map((q, qi) => {
    const s = logPrior.map((p, c) => {
      let v = p;
      for (let j = 0; j < V; j++) if (q[j] > 0) v += q[j] * logTheta[c][j];
      return v;
    });
    const best = Math.max(...s);
    s.forEach((v, c) => assert(v >= best - 1e-10 || v < best - 1e-6, `query ${qi}: near-tie ${v} vs ${best}`));
    return labels[s.findIndex((v) => v >= best - 1e-9)];
  });
}

// Draws a word from the cumulative weights `cum` (last entry = total).
function draw(cum, rng) {
  const r = rng.float() * cum[cum.length - 1];
  let lo = 0, hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid] > r) hi = mid; else lo = mid + 1;
  }
  return lo;
}

// `classes` classes with labels spread over 0..1000 (or 0..classes-1 with `small`), each with its own word
// weights over V words (a share `sparsity` of words has weight 0 in each class, the rest skewed weights);
// class sizes drawn in proportion to 1, 2, ..., classes (or exactly equal, round robin, with `balanced`). A document of class c has a length
// in [0, maxLen] and words drawn from c's weights (with probability `mix`, from another class's), each count capped
// at 20. A share `empty` of the queries is empty.
function generate({ N, V, Q, classes, maxLen, qMaxLen, sparsity, mix, empty = 0, balanced = false, small = false }, rng) {
  const labels = [];
  while (labels.length < classes) {
    const c = small ? labels.length : rng.int(0, 1000);
    if (!labels.includes(c)) labels.push(c);
  }
  const cums = labels.map(() => {
    const cum = [];
    let s = 0;
    for (let j = 0; j < V; j++) {
      s += rng.float() < sparsity ? 0 : Math.pow(rng.float(), 3);
      cum.push(s);
    }
    if (s === 0) cum[V - 1] = 1;
    return cum;
  });
  const doc = (c, len) => {
    const row = new Array(V).fill(0);
    for (let t = 0; t < len; t++) {
      const src = rng.float() < mix ? rng.int(0, classes - 1) : c;
      const j = draw(cums[src], rng);
      if (row[j] < 20) row[j]++;
    }
    return row;
  };
  const trainCounts = [], trainLabels = [];
  for (let i = 0; i < N; i++) {
    let c = i % classes;
    if (!balanced) {
      let r = rng.float() * (classes * (classes + 1)) / 2;
      for (c = 0; c < classes - 1 && r >= c + 1; c++) r -= c + 1;
    }
    trainCounts.push(doc(c, rng.int(0, maxLen)));
    trainLabels.push(labels[c]);
  }
  const queries = [];
  for (let i = 0; i < Q; i++) {
    queries.push(rng.float() < empty ? new Array(V).fill(0) : doc(rng.int(0, classes - 1), rng.int(0, qMaxLen)));
  }
  const input = { trainCounts, trainLabels, queries };
  return { in: input, out: solve(input) };
}
