// A list of sz values in 0..100 and the position n from the end; the answer is the list without that node.
//
//   generate: {seed, sz, n}
function generate({ sz, n }, rng) {
  assert(Number.isInteger(sz) && sz >= 1 && sz <= 100000, `sz = ${sz}`);
  assert(Number.isInteger(n) && n >= 1 && n <= sz, `n = ${n}`);
  const head = new Array(sz);
  for (let i = 0; i < sz; i++) head[i] = rng.int(0, 100);
  const out = head.slice(0, sz - n).concat(head.slice(sz - n + 1));
  return { in: { head, n }, out };
}
