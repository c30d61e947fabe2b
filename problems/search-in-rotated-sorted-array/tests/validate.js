// The statement's constraints: 1 <= n <= 10^5, values and target in -10^9..10^9, and nums an ascending array
// of distinct values rotated at some index: strictly ascending but for at most one drop, and after a drop the
// last value below the first (which makes the values distinct). Messages only on failure.
function validate({ nums, target }) {
  const n = nums.length;
  assert(n >= 1 && n <= 100000, `nums has ${n} elements; 1..10^5`);
  assert(Math.abs(target) <= 1e9, `target = ${target} is outside -10^9..10^9`);
  let drops = 0;
  for (let i = 0; i < n; i++) {
    if (!(Math.abs(nums[i]) <= 1e9)) assert(false, `nums[${i}] = ${nums[i]} is outside -10^9..10^9`);
    if (i + 1 < n && nums[i] >= nums[i + 1]) {
      if (nums[i] === nums[i + 1]) assert(false, `nums[${i}] = nums[${i + 1}] = ${nums[i]}; values must be distinct`);
      drops++;
    }
  }
  assert(drops <= 1, `nums falls ${drops} times; a rotated ascending array falls at most once`);
  if (drops === 1) assert(nums[n - 1] < nums[0], `nums[n-1] = ${nums[n - 1]} >= nums[0] = ${nums[0]}: not a rotation`);
}
