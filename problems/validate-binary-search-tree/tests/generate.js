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
  const { L, R } = makeShape(shape, n, rng, spine);
  const seen = new Set(ends ? [MIN, MAX] : []);
  while (seen.size < n) seen.add(rng.int(MIN, MAX));
  const sorted = Array.from(seen).sort((a, b) => a - b);
  const order = inorder(L, R);
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
  return { in: { root: levelOrder(val, L, R) }, out: ok };
}

// The nodes in order (left subtree, node, right subtree), without recursion.
function inorder(L, R) {
  const order = [], stack = [];
  let u = 0;
  while (u >= 0 || stack.length > 0) {
    while (u >= 0) { stack.push(u); u = L[u]; }
    u = stack.pop();
    order.push(u);
    u = R[u];
  }
  return order;
}

// ---- Trees as child arrays: node 0 is the root, L[u] and R[u] a child's index or -1. ----
// makeShape(kind, n, rng, spine) gives n >= 1 nodes:
//   "random"       each new node takes a free child slot chosen uniformly (depth about 2 ln n); with spine = s
//                  the first s nodes form a path of random sides first, so the height is at least s
//   "left-path", "right-path", "zigzag" (left, right, left, ...), "random-path" (a random side at each step)
//   "complete"     level by level, left to right
function makeShape(kind, n, rng, spine = 1) {
  const L = new Array(n).fill(-1), R = new Array(n).fill(-1);
  const attach = (p, u, right) => { if (right) R[p] = u; else L[p] = u; };
  if (kind === "random") {
    assert(spine >= 1 && spine <= n, `spine = ${spine}`);
    const slots = [];
    for (let u = 1; u < spine; u++) {
      const right = rng.int(0, 1) === 1;
      attach(u - 1, u, right);
      slots.push(2 * (u - 1) + (right ? 0 : 1));
    }
    slots.push(2 * (spine - 1), 2 * (spine - 1) + 1);
    for (let u = spine; u < n; u++) {
      const i = rng.int(0, slots.length - 1);
      const s = slots[i];
      slots[i] = slots[slots.length - 1];
      slots.pop();
      attach(s >> 1, u, (s & 1) === 1);
      slots.push(2 * u, 2 * u + 1);
    }
  } else if (kind === "complete") {
    for (let u = 1; u < n; u++) attach((u - 1) >> 1, u, (u & 1) === 0);
  } else {
    for (let u = 1; u < n; u++) {
      let right;
      if (kind === "left-path") right = false;
      else if (kind === "right-path") right = true;
      else if (kind === "zigzag") right = (u & 1) === 0;
      else { assert(kind === "random-path", `unknown shape '${kind}'`); right = rng.int(0, 1) === 1; }
      attach(u - 1, u, right);
    }
  }
  return { L, R };
}

// LeetCode's level order of the tree rooted at `root` (-1: the empty tree): null for a missing child, no trailing null.
function levelOrder(val, L, R, root = 0) {
  if (root < 0) return [];
  const out = [], q = [root];
  for (let h = 0; h < q.length; h++) {
    const u = q[h];
    if (u < 0) { out.push(null); continue; }
    out.push(val[u]);
    q.push(L[u], R[u]);
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}
