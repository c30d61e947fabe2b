// Trees of n nodes of a given shape with values in -100..100; the answer is the same tree with every node's
// children swapped, in level order.
//
//   generate: {seed, n, shape, spine?}   shape: see makeShape below
function generate({ n, shape, spine = 1 }, rng) {
  assert(Number.isInteger(n) && n >= 1 && n <= 10000, `n = ${n}`);
  const { L, R } = trees.shape(shape, n, rng, spine);
  const val = Array.from({ length: n }, () => rng.int(-100, 100));
  return { in: { root: trees.levelOrder(val, L, R) }, out: trees.levelOrder(val, R, L) };
}
