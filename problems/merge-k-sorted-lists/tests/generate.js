// k sorted lists and their merge (all the values, sorted).
//
//   generate: {seed, k, len? | maxLen?, maxAbs, emptyEvery?}
//     len:        every list has exactly len nodes
//     maxLen:     each list has a length drawn uniformly from 0..maxLen
//     emptyEvery: every emptyEvery-th list (i % emptyEvery == 0) is empty
//   values are uniform in -maxAbs..maxAbs; the total must stay within 10^5 nodes.
function generate({ k, len, maxLen, maxAbs, emptyEvery = 0 }, rng) {
  assert(Number.isInteger(k) && k >= 0 && k <= 10000, `k = ${k}`);
  assert(Number.isInteger(maxAbs) && maxAbs >= 0 && maxAbs <= 10000, `maxAbs = ${maxAbs}`);
  const lists = new Array(k);
  const all = [];
  for (let i = 0; i < k; i++) {
    let m = len !== undefined ? len : rng.int(0, maxLen);
    if (emptyEvery > 0 && i % emptyEvery === 0) m = 0;
    const list = new Array(m);
    for (let j = 0; j < m; j++) list[j] = rng.int(-maxAbs, maxAbs);
    list.sort((a, b) => a - b);
    for (let j = 0; j < m; j++) all.push(list[j]);
    lists[i] = list;
  }
  assert(all.length <= 100000, `${all.length} nodes in all; at most 10^5`);
  all.sort((a, b) => a - b);
  return { in: { lists }, out: all };
}
