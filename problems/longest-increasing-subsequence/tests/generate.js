// Large LIS cases, with the answer by patience sorting (binary search over the smallest tails).
//
//   generate: {seed, n, kind, lo?, hi?}
//     kind: "random" (uniform in lo..hi) or "increasing" (lo, lo + 1, ..., lo + n - 1)
// Values come from a xorshift32 stream seeded by rng: rng.int costs about 20 interpreted statements a call;
// u % m for m up to 2 * 10^9 + 1 < 2^31 is close enough to uniform here.
function generate({ n, kind, lo = -1e9, hi = 1e9 }, rng) {
  assert(Number.isInteger(n) && n >= 1 && n <= 100000, `n = ${n}`);
  let s = rng.int(1, 0xffffffff) | 0;
  const m = hi - lo + 1;
  const nums = new Array(n);
  for (let i = 0; i < n; i++) {
    if (kind === "increasing") nums[i] = lo + i;
    else {
      assert(kind === "random", `unknown kind '${kind}'`);
      s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
      nums[i] = lo + (s >>> 1) % m;
    }
  }
  const tails = [];                          // tails[L] = smallest last value of a strictly increasing run of L + 1
  for (let i = 0; i < n; i++) {
    const x = nums[i];
    let a = 0, b = tails.length;
    while (a < b) { const mid = (a + b) >> 1; if (tails[mid] < x) a = mid + 1; else b = mid; }
    tails[a] = x;
  }
  return { in: { nums }, out: tails.length };
}
