// The statement's constraints: 1 <= n <= 2 * 10^5, values in -10^4..10^4. Messages only on failure.
function validate({ nums }) {
  const n = nums.length;
  assert(n >= 1 && n <= 200000, `nums has ${n} elements; 1..2*10^5`);
  for (let i = 0; i < n; i++) {
    if (!(Math.abs(nums[i]) <= 10000)) assert(false, `nums[${i}] = ${nums[i]} is outside -10^4..10^4`);
  }
}
