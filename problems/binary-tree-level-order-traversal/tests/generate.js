// Trees of n nodes of a given shape with values in -1000..1000; the answer by a breadth-first walk, one level
// at a time.
//
//   generate: {seed, n, shape, spine?}   shape: see makeShape below (the height stays within 10^4 levels)
function generate({ n, shape, spine = 1 }, rng) {
  assert(Number.isInteger(n) && n >= 1 && n <= 100000, `n = ${n}`);
  const { L, R } = makeShape(shape, n, rng, spine);
  const val = Array.from({ length: n }, () => rng.int(-1000, 1000));
  const levels = [];
  let level = [0];
  while (level.length > 0) {
    const next = [];
    levels.push(level.map((u) => val[u]));
    for (const u of level) {
      if (L[u] >= 0) next.push(L[u]);
      if (R[u] >= 0) next.push(R[u]);
    }
    level = next;
  }
  assert(levels.length <= 10000, `the tree has ${levels.length} levels`);
  return { in: { root: levelOrder(val, L, R) }, out: levels };
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
