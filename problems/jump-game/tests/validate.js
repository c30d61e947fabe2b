// The statement's constraints: 1 <= n <= 10^5, values in 0..10^5. Messages only on failure.
function validate({ nums }) {
  const n = nums.length;
  assert(n >= 1 && n <= 100000, `nums has ${n} elements; 1..10^5`);
  for (let i = 0; i < n; i++) {
    if (!(nums[i] >= 0 && nums[i] <= 100000)) assert(false, `nums[${i}] = ${nums[i]} is outside 0..10^5`);
  }
}
