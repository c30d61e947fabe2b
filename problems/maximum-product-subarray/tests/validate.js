// The statement's constraints: 1 <= n <= 10^5, -10 <= nums[i] <= 10, and every subarray product has an absolute
// value below 2^31. Within a run of non-zero values the whole run has the largest absolute product (every
// |value| >= 1), and a subarray with a zero has product 0, so it is enough to check each maximal zero-free run.
// Messages only on failure.
function validate({ nums }) {
  const n = nums.length;
  assert(n >= 1 && n <= 100000, `nums has ${n} elements; 1..10^5`);
  let product = 1, runStart = 0;
  for (let i = 0; i < n; i++) {
    const x = nums[i];
    assert(Number.isInteger(x) && x >= -10 && x <= 10, `nums[${i}] = ${x} is outside -10..10`);
    if (x === 0) { product = 1; runStart = i + 1; continue; }
    product *= Math.abs(x);
    assert(product < 2 ** 31, `the product of nums[${runStart}..${i}] has absolute value ${product} >= 2^31`);
  }
}
