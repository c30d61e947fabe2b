// The statement's constraints: 1 <= n <= 10^5, values in -10^9..10^9. Messages only on failure.
function validate({ nums }) {
  const n = nums.length;
  assert(n >= 1 && n <= 100000, `nums has ${n} elements; 1..10^5`);
  for (let i = 0; i < n; i++) {
    if (!(Math.abs(nums[i]) <= 1e9)) assert(false, `nums[${i}] = ${nums[i]} is outside -10^9..10^9`);
  }
}
