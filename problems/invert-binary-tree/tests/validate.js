// The statement's constraints: 0..10^4 nodes, each value in -100..100. Messages only on failure.
function validate({ root }) {
  const { val } = trees.decode(root);
  assert(val.length <= 10000, `the tree has ${val.length} nodes; 0..10^4`);
  val.forEach((v, i) => assert(Number.isInteger(v) && v >= -100 && v <= 100, `node ${i} (level order) has value ${v}; -100..100`));
}
