// BSTs of n nodes of a given shape, labelled in order with n distinct values from 0..10^4 (dense: true takes
// 0..n-1 shifted to end at 10^4), and k chosen as first (1), last (n), middle or random. The answer is the k-th
// of the sorted values.
//
//   generate: {seed, n, shape, spine?, k, dense?}   shape: see makeShape below
function generate({ n, shape, spine = 1, k, dense = false }, rng) {
  assert(Number.isInteger(n) && n >= 1 && n <= 10000, `n = ${n}`);
  const { L, R } = trees.shape(shape, n, rng, spine);
  let values;
  if (dense) {
    values = Array.from({ length: n }, (_, i) => 10000 - n + 1 + i);
  } else {
    const seen = new Set();
    while (seen.size < n) seen.add(rng.int(0, 10000));
    values = Array.from(seen).sort((a, b) => a - b);
  }
  const val = new Array(n);
  trees.inorder(L, R).forEach((u, i) => { val[u] = values[i]; });
  const kk = k === "first" ? 1 : k === "last" ? n : k === "middle" ? (n + 1) >> 1 : rng.int(1, n);
  assert(["first", "last", "middle", "random"].includes(k), `unknown k '${k}'`);
  return { in: { root: trees.levelOrder(val, L, R), k: kk }, out: values[kk - 1] };
}

// The nodes in order (left subtree, node, right subtree), without recursion.
