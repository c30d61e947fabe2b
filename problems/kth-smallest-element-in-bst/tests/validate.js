// The statement's constraints: 1 <= k <= n <= 10^4, values in 0..10^4, and a valid BST (values strictly
// increasing in order). Messages only on failure.
function validate({ root, k }) {
  const { val, L, R } = decodeTree(root);
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
