// Large maximum-subarray cases, with the answer by Kadane's algorithm.
//
//   generate: {seed, n, lo, hi, last?}
//     n values uniform in lo..hi (lo = hi for all equal); last, if given, replaces the final value
// Values come from a xorshift32 stream seeded by rng: rng.int costs about 20 interpreted statements a call.
function generate({ n, lo, hi, last }, rng) {
  assert(Number.isInteger(n) && n >= 1 && n <= 200000, `n = ${n}`);
  assert(lo >= -10000 && hi <= 10000 && lo <= hi, `lo..hi = ${lo}..${hi}`);
  let s = rng.int(1, 0xffffffff) | 0;
  const m = hi - lo + 1;
  const nums = new Array(n);
  for (let i = 0; i < n; i++) { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; nums[i] = lo + (s >>> 1) % m; }
  if (last !== undefined) nums[n - 1] = last;
  let best = -Infinity, run = 0;
  for (let i = 0; i < n; i++) {
    run = run > 0 ? run + nums[i] : nums[i];
    if (run > best) best = run;
  }
  return { in: { nums }, out: best };
}
