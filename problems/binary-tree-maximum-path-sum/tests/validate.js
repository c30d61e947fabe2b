// The statement's constraints: 1..3*10^4 nodes, each value in -1000..1000. Messages only on failure.
function validate({ root }) {
  const { val } = trees.decode(root);
  assert(val.length >= 1 && val.length <= 30000, `the tree has ${val.length} nodes; 1..3*10^4`);
  val.forEach((v, i) => assert(Number.isInteger(v) && v >= -1000 && v <= 1000, `node ${i} (level order) has value ${v}; -1000..1000`));
}
