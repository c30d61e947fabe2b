// Large single-number cases: `pairs` distinct values drawn from -3*10^4..3*10^4 occur twice, one more distinct
// value once; the answer is that value.
//
//   generate: {seed, pairs, singleAtEnd?}
//     singleAtEnd: the pairs shuffled, then the single value last (a count-every-element scan reaches it after
//                  n^2 steps); otherwise everything shuffled
// Draws come from a xorshift32 stream seeded by rng: rng.int costs about 20 interpreted statements a call.
function generate({ pairs, singleAtEnd = false }, rng) {
  assert(Number.isInteger(pairs) && pairs >= 0 && 2 * pairs + 1 <= 100000, `pairs = ${pairs}`);
  let s = rng.int(1, 0xffffffff) | 0;
  const next = (m) => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return (s >>> 1) % m; };
  // A partial Fisher-Yates shuffle of -30000..30000 picks pairs + 1 distinct values.
  const pool = new Array(60001);
  for (let i = 0; i < 60001; i++) pool[i] = i - 30000;
  for (let i = 0; i <= pairs; i++) {
    const j = i + next(60001 - i);
    const t = pool[i]; pool[i] = pool[j]; pool[j] = t;
  }
  const single = pool[0];
  const m = singleAtEnd ? 2 * pairs : 2 * pairs + 1;
  const nums = new Array(2 * pairs + 1);
  for (let i = 0; i < pairs; i++) { nums[2 * i] = pool[i + 1]; nums[2 * i + 1] = pool[i + 1]; }
  nums[2 * pairs] = single;
  for (let i = m - 1; i > 0; i--) {
    const j = next(i + 1);
    const t = nums[i]; nums[i] = nums[j]; nums[j] = t;
  }
  return { in: { nums }, out: single };
}
