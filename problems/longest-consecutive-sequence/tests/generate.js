// Large longest-consecutive cases, with the answer by the hash-set walk from each run's start.
//
//   generate: {seed, n, kind, lo?, hi?}
//     kind: "run"    (a shuffled permutation of lo..lo+n-1: one run of n, where counting up from every value is
//                     quadratic)
//           "random" (n values uniform in lo..hi; with distinct: true, all different)
// Numbers come from a xorshift32 stream seeded by rng (rng.int costs about 20 interpreted statements a call);
// u % m for m up to 2 * 10^9 + 1 < 2^31 is close enough to uniform here.
function generate({ n, kind, lo = -1e9, hi = 1e9, distinct = false }, rng) {
  assert(Number.isInteger(n) && n >= 0 && n <= 100000, `n = ${n}`);
  assert(lo >= -1e9 && hi <= 1e9 && lo <= hi, `lo..hi = ${lo}..${hi}`);
  let s = rng.int(1, 0xffffffff) | 0;
  const nums = new Array(n);
  if (kind === "run") {
    for (let i = 0; i < n; i++) nums[i] = lo + i;
    for (let i = n - 1; i > 0; i--) {
      s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
      const j = (s >>> 1) % (i + 1);
      const t = nums[i]; nums[i] = nums[j]; nums[j] = t;
    }
  } else {
    assert(kind === "random", `unknown kind '${kind}'`);
    const m = hi - lo + 1, seen = new Set();
    for (let i = 0; i < n; i++) {
      let x;
      do { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; x = lo + (s >>> 1) % m; } while (distinct && seen.has(x));
      if (distinct) seen.add(x);
      nums[i] = x;
    }
  }
  const set = new Set(nums);
  let best = 0;
  for (const x of set) {
    if (set.has(x - 1)) continue;
    let y = x + 1;
    while (set.has(y)) y++;
    if (y - x > best) best = y - x;
  }
  return { in: { nums }, out: best };
}
