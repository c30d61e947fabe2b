// The statement's constraints: 1 <= k <= n <= 10^5, values in -10^4..10^4. Messages only on failure.
function validate({ nums, k }) {
  const n = nums.length;
  assert(n >= 1 && n <= 100000, `nums has ${n} elements; 1..10^5`);
  assert(Number.isInteger(k) && k >= 1 && k <= n, `k = ${k} is outside 1..n = ${n}`);
  for (let i = 0; i < n; i++) {
    if (!(Math.abs(nums[i]) <= 10000)) assert(false, `nums[${i}] = ${nums[i]} is outside -10^4..10^4`);
  }
}
