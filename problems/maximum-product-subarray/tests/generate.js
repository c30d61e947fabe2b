// Large maximum-product cases, with the answer by the max/min dynamic programming.
//
//   generate: {seed, n, zeroRate, bigRate, negRate}
//     Every value is 0 with probability zeroRate; otherwise its absolute value is "big" (2..10) with probability
//     bigRate and 1 otherwise, and it is negative with probability negRate. A big value that would push the
//     absolute product of its zero-free run to 2^31 or beyond is replaced by 1 (same sign), so every subarray
//     product stays below 2^31 in absolute value. With zeroRate 0 the whole array is one run: at most 31 big
//     values (2s) in all, the rest +-1.
// Draws come from a xorshift32 stream seeded by rng: rng.int costs about 20 interpreted statements a call.
function generate({ n, zeroRate, bigRate, negRate }, rng) {
  assert(Number.isInteger(n) && n >= 1 && n <= 100000, `n = ${n}`);
  let s = rng.int(1, 0xffffffff) | 0;
  const next = () => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return (s >>> 1) / 2147483648; };
  const limit = 2 ** 31;
  const nums = new Array(n);
  let product = 1;
  for (let i = 0; i < n; i++) {
    if (next() < zeroRate) { nums[i] = 0; product = 1; continue; }
    let a = 1;
    if (next() < bigRate) {
      a = 2 + Math.floor(next() * 9);
      if (product * a >= limit) a = 1;
    }
    product *= a;
    nums[i] = next() < negRate ? -a : a;
  }
  let hi = nums[0], lo = nums[0], best = nums[0];
  for (let i = 1; i < n; i++) {
    const x = nums[i], a = hi * x, b = lo * x;
    hi = Math.max(x, a, b);
    lo = Math.min(x, a, b);
    if (hi > best) best = hi;
  }
  return { in: { nums }, out: best === 0 ? 0 : best };
}
