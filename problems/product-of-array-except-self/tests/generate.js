// Large product cases: n values of 1 and -1 with the given factors (zeros included) at random distinct
// places, so every prefix and suffix product stays within 32 bits; the answer from the total and zero count.
//
//   generate: {seed, n, factors: [...]}
// Signs come from a xorshift32 stream seeded by rng: rng.int costs about 20 interpreted statements a call.
function generate({ n, factors = [] }, rng) {
  assert(Number.isInteger(n) && n >= 2 && n <= 100000 && factors.length <= n, `n = ${n}`);
  let s = rng.int(1, 0xffffffff) | 0;
  const nums = new Array(n);
  for (let i = 0; i < n; i++) { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; nums[i] = (s & 1024) ? 1 : -1; }
  const taken = new Set();
  for (const f of factors) {
    let p;
    do { p = rng.int(0, n - 1); } while (taken.has(p));
    taken.add(p);
    nums[p] = f;
  }
  let zeros = 0, product = 1;                // product of the non-zero values
  for (let i = 0; i < n; i++) { if (nums[i] === 0) zeros++; else product *= nums[i]; }
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    if (zeros > 1) out[i] = 0;
    else if (zeros === 1) out[i] = nums[i] === 0 ? product : 0;
    else out[i] = product / nums[i];
  }
  return { in: { nums }, out };
}
