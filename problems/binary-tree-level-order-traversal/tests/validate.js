// The statement's constraints: 0..10^5 nodes, at most 10^4 levels, each value in -1000..1000. Messages only on
// failure.
function validate({ root }) {
  const { val, depth } = trees.decode(root);
  assert(val.length <= 100000, `the tree has ${val.length} nodes; 0..10^5`);
  const height = depth.length > 0 ? depth[depth.length - 1] : 0;
  assert(height <= 10000, `the tree has ${height} levels; at most 10^4`);
  val.forEach((v, i) => assert(Number.isInteger(v) && v >= -1000 && v <= 1000, `node ${i} (level order) has value ${v}; -1000..1000`));
}
