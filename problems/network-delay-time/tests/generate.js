// Large network-delay cases, with the answer by Dijkstra's algorithm (binary heap).
//
//   generate: {seed, n, m, kind, k?, maxW?}
//     kind: "random" (random edges, m of them, weights uniform in 0..maxW; many nodes may be unreachable)
//           "tree"   (a random arborescence rooted at k, so every node is reachable, then m - (n - 1) random
//                     extra edges)
//           "chain"  (a path through all n nodes in random order, starting at k, weights 1..3, then
//                     m - (n - 1) extra edges that never shorten a path: backwards along the path, or forwards
//                     with weight at least 3 per skipped node. Every shortest path follows the chain, up to
//                     n - 1 edges long: Bellman-Ford needs about n / 2 rounds over the shuffled edges)
//     k defaults to a random node. The edges come out shuffled.
// Draws come from a xorshift32 stream seeded by rng: rng.int costs about 20 interpreted statements a call.
function generate({ n, m, kind, k, maxW = 100 }, rng) {
  assert(Number.isInteger(n) && n >= 2 && n <= 100000, `n = ${n}`);
  assert(Number.isInteger(m) && m >= 1 && m <= 100000 && m <= n * (n - 1), `m = ${m}`);
  let s = rng.int(1, 0xffffffff) | 0;
  const next = (r) => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return (s >>> 1) % r; };
  if (k === undefined) k = 1 + next(n);
  assert(Number.isInteger(k) && k >= 1 && k <= n, `k = ${k}`);
  const times = [];
  const used = new Set();
  const add = (u, v, w) => {
    const key = u * 131072 + v;
    if (u === v || used.has(key)) return false;
    used.add(key);
    times.push([u, v, w]);
    return true;
  };
  // order[i]: the i-th node of a random permutation that starts with k; pos[v]: its index there.
  const order = new Array(n), pos = new Array(n + 1);
  for (let i = 0; i < n; i++) order[i] = i + 1;
  order[k - 1] = 1; order[0] = k;
  for (let i = n - 1; i > 1; i--) { const j = 1 + next(i); const t = order[i]; order[i] = order[j]; order[j] = t; }
  for (let i = 0; i < n; i++) pos[order[i]] = i;
  if (kind === "tree") {
    assert(m >= n - 1, `a tree needs m >= n - 1`);
    for (let i = 1; i < n; i++) add(order[next(i)], order[i], next(maxW + 1));
    while (times.length < m) add(1 + next(n), 1 + next(n), next(maxW + 1));
  } else if (kind === "chain") {
    assert(m >= n - 1, `a chain needs m >= n - 1`);
    for (let i = 1; i < n; i++) add(order[i - 1], order[i], 1 + next(3));
    while (times.length < m) {
      const a = next(n), b = next(n);
      if (b < a) add(order[a], order[b], next(maxW + 1));
      else if (b > a && b - a <= 33) add(order[a], order[b], 3 * (b - a) + next(maxW + 1 - 3 * (b - a)));
    }
  } else {
    assert(kind === "random", `unknown kind '${kind}'`);
    while (times.length < m) add(1 + next(n), 1 + next(n), next(maxW + 1));
  }
  for (let i = m - 1; i > 0; i--) { const j = next(i + 1); const t = times[i]; times[i] = times[j]; times[j] = t; }

  // Adjacency in compressed form: the edges of u are to[start[u] .. start[u + 1] - 1].
  const start = new Array(n + 2).fill(0), to = new Array(m), wt = new Array(m);
  for (let i = 0; i < m; i++) start[times[i][0] + 1]++;
  for (let u = 1; u <= n + 1; u++) start[u] += start[u - 1];
  const fill = start.slice();
  for (let i = 0; i < m; i++) { const e = times[i]; const p = fill[e[0]]++; to[p] = e[1]; wt[p] = e[2]; }
  // Dijkstra with a lazy binary min-heap of keys dist * 2^17 + node.
  const dist = new Array(n + 1).fill(-1), heap = [k];
  let size = 1;
  while (size > 0) {
    const top = heap[0];
    const last = heap[--size];
    let i = 0;
    while (true) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && heap[c + 1] < heap[c]) c++;
      if (heap[c] >= last) break;
      heap[i] = heap[c]; i = c;
    }
    heap[i] = last;
    const u = top % 131072, d = (top - u) / 131072;
    if (dist[u] >= 0) continue;
    dist[u] = d;
    for (let p = start[u]; p < start[u + 1]; p++) {
      const v = to[p];
      if (dist[v] >= 0) continue;
      let key = (d + wt[p]) * 131072 + v, j = size++;
      while (j > 0) {
        const parent = (j - 1) >> 1;
        if (heap[parent] <= key) break;
        heap[j] = heap[parent]; j = parent;
      }
      heap[j] = key;
    }
  }
  let best = 0;
  for (let v = 1; v <= n; v++) {
    if (dist[v] < 0) { best = -1; break; }
    if (dist[v] > best) best = dist[v];
  }
  return { in: { times, n, k }, out: best };
}
