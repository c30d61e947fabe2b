// The statement's constraints: 1 <= k <= n <= 10^4, values in 0..10^4, and a valid BST (values strictly
// increasing in order). Messages only on failure.
function validate({ root, k }) {
  const { val, L, R } = trees.decode(root);
  const n = val.length;
  assert(n >= 1 && n <= 10000, `the tree has ${n} nodes; 1..10^4`);
  assert(Number.isInteger(k) && k >= 1 && k <= n, `k = ${k}; 1..n = ${n}`);
  val.forEach((v, i) => assert(Number.isInteger(v) && v >= 0 && v <= 10000, `node ${i} (level order) has value ${v}; 0..10^4`));
  const stack = [];
  let u = 0, prev = -1;
  while (u >= 0 || stack.length > 0) {
    while (u >= 0) { stack.push(u); u = L[u]; }
    u = stack.pop();
    assert(val[u] > prev, `not a BST: ${val[u]} comes after ${prev} in order`);
    prev = val[u];
    u = R[u];
  }
}
