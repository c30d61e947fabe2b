// Trees of n nodes of a given shape with values uniform in lo..hi; the answer by the O(n) recurrence over the
// nodes from the last to the first (every child comes after its parent in makeShape's numbering):
// gain(u) = val(u) + max(0, gain(left), gain(right)), best = max over u of val(u) + max(0, gain(left)) +
// max(0, gain(right)).
//
//   generate: {seed, n, shape, spine?, lo, hi}   shape: see makeShape below
function generate({ n, shape, spine = 1, lo, hi }, rng) {
  assert(Number.isInteger(n) && n >= 1 && n <= 30000, `n = ${n}`);
  assert(-1000 <= lo && lo <= hi && hi <= 1000, `values ${lo}..${hi}`);
  const { L, R } = makeShape(shape, n, rng, spine);
  const val = Array.from({ length: n }, () => rng.int(lo, hi));
  const gain = new Array(n).fill(0);
  let best = -Infinity;
  for (let u = n - 1; u >= 0; u--) {
    const gl = L[u] >= 0 ? Math.max(0, gain[L[u]]) : 0;
    const gr = R[u] >= 0 ? Math.max(0, gain[R[u]]) : 0;
    gain[u] = val[u] + Math.max(gl, gr);
    best = Math.max(best, val[u] + gl + gr);
  }
  return { in: { root: levelOrder(val, L, R) }, out: best };
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
