// The statement's constraints: 0..10^5 nodes, at most 10^4 levels, each value in -1000..1000. Messages only on
// failure.
function validate({ root }) {
  const { val, depth } = decodeTree(root);
  assert(val.length <= 100000, `the tree has ${val.length} nodes; 0..10^5`);
  const height = depth.length > 0 ? depth[depth.length - 1] : 0;
  assert(height <= 10000, `the tree has ${height} levels; at most 10^4`);
  val.forEach((v, i) => assert(Number.isInteger(v) && v >= -1000 && v <= 1000, `node ${i} (level order) has value ${v}; -1000..1000`));
}

// A level-order list decoded into child arrays (nodes numbered in level order, root 0) and each node's depth.
function decodeTree(a) {
  const val = [], L = [], R = [], depth = [];
  if (a.length === 0) return { val, L, R, depth };
  assert(a[0] !== null, "the root is null");
  val.push(a[0]); L.push(-1); R.push(-1); depth.push(1);
  let parent = 0;
  for (let i = 1; i < a.length; parent++) {
    assert(parent < val.length, `entry ${i} has no parent`);
    for (let side = 0; side < 2 && i < a.length; side++, i++) {
      if (a[i] === null) continue;
      const u = val.length;
      val.push(a[i]); L.push(-1); R.push(-1); depth.push(depth[parent] + 1);
      if (side === 0) L[parent] = u; else R[parent] = u;
    }
  }
  return { val, L, R, depth };
}
