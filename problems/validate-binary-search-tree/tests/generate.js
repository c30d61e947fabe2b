// BSTs of n nodes of a given shape, labelled in order with n distinct values from the whole int range (with
// ends: true, -2^31 and 2^31 - 1 among them), then possibly broken:
//   mode: "valid"      as labelled
//         "swap"       two random nodes trade values
//         "ancestor"   a leaf gets a value that is fine next to its parent but crosses an ancestor's bound
//         "duplicate"  a leaf gets its parent's value
// The answer comes from an in-order walk (strictly increasing values), not from the mode.
//
//   generate: {seed, n, shape, spine?, mode, ends?}   shape: see makeShape below
const MIN = -2147483648, MAX = 2147483647;

function generate({ n, shape, spine = 1, mode, ends = false }, rng) {
  assert(Number.isInteger(n) && n >= 2 && n <= 10000, `n = ${n}`);
  const { L, R } = trees.shape(shape, n, rng, spine);
  const seen = new Set(ends ? [MIN, MAX] : []);
  while (seen.size < n) seen.add(rng.int(MIN, MAX));
  const sorted = Array.from(seen).sort((a, b) => a - b);
  const order = trees.inorder(L, R);
  const val = new Array(n);
  order.forEach((u, i) => { val[u] = sorted[i]; });

  const parent = new Array(n).fill(-1);
  for (let u = 0; u < n; u++) { if (L[u] >= 0) parent[L[u]] = u; if (R[u] >= 0) parent[R[u]] = u; }
  const leaves = [];
  for (let u = 1; u < n; u++) if (L[u] < 0 && R[u] < 0) leaves.push(u);
  if (mode === "swap") {
    const a = rng.int(0, n - 1);
    let b = rng.int(0, n - 2);
    if (b >= a) b++;
    const t = val[a]; val[a] = val[b]; val[b] = t;
  } else if (mode === "duplicate") {
    const u = rng.pick(leaves);
    val[u] = val[parent[u]];
  } else if (mode === "ancestor") {
    // Bounds from the ancestors (exclusive; null: none), top-down in index order (parents come first).
    const lo = new Array(n).fill(null), hi = new Array(n).fill(null);
    for (let u = 0; u < n; u++) {
      if (L[u] >= 0) { lo[L[u]] = lo[u]; hi[L[u]] = val[u]; }
      if (R[u] >= 0) { lo[R[u]] = val[u]; hi[R[u]] = hi[u]; }
    }
    const candidates = leaves.filter((u) => (L[parent[u]] === u
      ? lo[u] !== null && lo[u] > MIN
      : hi[u] !== null && hi[u] < MAX));
    assert(candidates.length > 0, "no leaf with an ancestor bound");
    const u = rng.pick(candidates);
    val[u] = L[parent[u]] === u ? rng.int(Math.max(MIN, lo[u] - 1000), lo[u] - 1) : rng.int(hi[u] + 1, Math.min(MAX, hi[u] + 1000));
  } else {
    assert(mode === "valid", `unknown mode '${mode}'`);
  }
  let ok = true;
  for (let i = 1; i < n; i++) if (val[order[i - 1]] >= val[order[i]]) ok = false;
  return { in: { root: trees.levelOrder(val, L, R) }, out: ok };
}

// The nodes in order (left subtree, node, right subtree), without recursion.
