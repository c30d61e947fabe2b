// solve(input): for each query, the k smallest (squared distance, index) pairs, then the vote. Coordinates are
// multiples of 0.5, so 4 * squared distance is an integer (at most 5 * 4000^2 = 8e7); the key
// 4 * dist2 * 4096 + index (< 2^53) sorts by distance, then index, with a plain numeric sort.
function solve({ trainX, trainY, queries, k }) {
  const n = trainX.length, d = trainX[0].length;
  const keys = new Float64Array(n);
  const out = [];
  for (const p of queries) {
    for (let i = 0; i < n; i++) {
      const row = trainX[i];
      let s = 0;
      for (let j = 0; j < d; j++) {
        const t = row[j] - p[j];
        s += t * t;
      }
      keys[i] = s * 4 * 4096 + i;
    }
    keys.sort();
    const votes = new Map();
    for (let r = 0; r < k; r++) {
      const label = trainY[keys[r] % 4096];
      votes.set(label, (votes.get(label) || 0) + 1);
    }
    let best = -1, bestCount = 0;
    for (const [label, count] of votes) {
      if (count > bestCount || (count === bestCount && label < best)) {
        best = label;
        bestCount = count;
      }
    }
    out.push(best);
  }
  return out;
}

// n training points and q queries in d dimensions, coordinates multiples of `step` (a multiple of 0.5) within
// [-span, span]: a coarse grid gives many equal distances. Training labels: `classes` labels (label c is
// c * labelScale), each point's label the class of its nearest of `classes` random centres, or random with
// probability `noise`. Queries are near training points (jittered) or anywhere.
function generate({ n, q, d, k, span, step, classes, labelScale = 1, noise }, rng) {
  const cells = Math.floor(span / step);
  const coord = () => rng.int(-cells, cells) * step;
  const centres = [];
  for (let c = 0; c < classes; c++) centres.push(Array.from({ length: d }, coord));
  const nearestCentre = (p) => {
    let best = 0, bestD = Infinity;
    centres.forEach((m, c) => {
      let s = 0;
      for (let j = 0; j < d; j++) s += (m[j] - p[j]) ** 2;
      if (s < bestD) { bestD = s; best = c; }
    });
    return best;
  };
  const trainX = [], trainY = [];
  for (let i = 0; i < n; i++) {
    const p = Array.from({ length: d }, coord);
    trainX.push(p);
    const c = rng.float() < noise ? rng.int(0, classes - 1) : nearestCentre(p);
    trainY.push(c * labelScale);
  }
  const queries = [];
  for (let i = 0; i < q; i++) {
    if (rng.float() < 0.5) {
      const base = rng.pick(trainX);
      queries.push(base.map((v) => Math.max(-cells * step, Math.min(cells * step, v + rng.int(-2, 2) * step))));
    } else {
      queries.push(Array.from({ length: d }, coord));
    }
  }
  const input = { trainX, trainY, queries, k };
  return { in: input, out: solve(input) };
}
