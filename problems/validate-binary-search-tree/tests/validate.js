// The statement's constraints: 1..10^4 nodes, each value a 32-bit signed integer. Messages only on failure.
function validate({ root }) {
  const { val } = trees.decode(root);
  assert(val.length >= 1 && val.length <= 10000, `the tree has ${val.length} nodes; 1..10^4`);
  val.forEach((v, i) => assert(Number.isInteger(v) && v >= -2147483648 && v <= 2147483647, `node ${i} (level order) has value ${v}; outside the 32-bit range`));
}
