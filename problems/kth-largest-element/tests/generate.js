// Large kth-largest cases, with the answer by counting (values lie in -10^4..10^4).
//
//   generate: {seed, n, k, kind, lo?, hi?, values?}
//     kind: "random" (uniform in lo..hi; with values, uniform over that list, which must lie in lo..hi) or "sorted" (ascending over lo..hi in equal steps: about n / (hi - lo + 1)
//           copies of each value; quickselect with the last element as pivot peels a handful per partition)
// Values come from a xorshift32 stream seeded by rng: rng.int costs about 20 interpreted statements a call.
function generate({ n, k, kind, lo = -10000, hi = 10000, values }, rng) {
  assert(Number.isInteger(n) && n >= 1 && n <= 100000, `n = ${n}`);
  assert(Number.isInteger(k) && k >= 1 && k <= n, `k = ${k}`);
  assert(lo >= -10000 && hi <= 10000 && lo <= hi, `lo..hi = ${lo}..${hi}`);
  let s = rng.int(1, 0xffffffff) | 0;
  const m = hi - lo + 1;
  const nums = new Array(n);
  const count = new Array(m).fill(0);
  for (let i = 0; i < n; i++) {
    let x;
    if (kind === "sorted") x = lo + Math.floor(i * m / n);
    else {
      assert(kind === "random", `unknown kind '${kind}'`);
      s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
      x = values ? values[(s >>> 1) % values.length] : lo + (s >>> 1) % m;
      if (values) assert(x >= lo && x <= hi, `value ${x} is outside lo..hi`);
    }
    nums[i] = x;
    count[x - lo]++;
  }
  let v = m - 1, seen = count[v];
  while (seen < k) seen += count[--v];
  return { in: { nums, k }, out: lo + v };
}
