// The statement's constraints: 1..10^5 nodes with values in 0..100, and 1 <= n <= sz.
function validate({ head, n }) {
  const sz = head.length;
  assert(sz >= 1 && sz <= 100000, `the list has ${sz} nodes; 1..10^5`);
  for (let i = 0; i < sz; i++) {
    const v = head[i];
    if (!(Number.isInteger(v) && v >= 0 && v <= 100)) {
      assert(false, `node ${i} has value ${v}; an integer in 0..100`);
    }
  }
  assert(Number.isInteger(n) && n >= 1 && n <= sz, `n = ${n}; 1..sz = ${sz}`);
}
