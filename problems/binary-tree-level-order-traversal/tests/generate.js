// Trees of n nodes of a given shape with values in -1000..1000; the answer by a breadth-first walk, one level
// at a time.
//
//   generate: {seed, n, shape, spine?}   shape: see makeShape below (the height stays within 10^4 levels)
function generate({ n, shape, spine = 1 }, rng) {
  assert(Number.isInteger(n) && n >= 1 && n <= 100000, `n = ${n}`);
  const { L, R } = trees.shape(shape, n, rng, spine);
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
  return { in: { root: trees.levelOrder(val, L, R) }, out: levels };
}
