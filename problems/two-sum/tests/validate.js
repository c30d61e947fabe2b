// The statement's constraints, checked on every case by ./interview validate: sizes, value ranges, and exactly
// one pair of different indices summing to target (counted over the values, so equal values count as pairs).
// Messages are built only on failure: cases reach 10^5 values.
function validate({ nums, target }) {
  const n = nums.length;
  assert(n >= 2 && n <= 100000, `nums has ${n} elements; 2..10^5`);
  for (let i = 0; i < n; i++) {
    if (!(Math.abs(nums[i]) <= 1e9)) assert(false, `nums[${i}] = ${nums[i]} is outside -10^9..10^9`);
  }
  assert(Math.abs(target) <= 1e9, `target = ${target} is outside -10^9..10^9`);
  const count = new Map();
  for (const x of nums) count.set(x, (count.get(x) || 0) + 1);
  let pairs = 0;
  for (const [x, c] of count) {
    const y = target - x;
    if (y === x) pairs += c * (c - 1) / 2;
    else if (x < y && count.has(y)) pairs += c * count.get(y);
  }
  assert(pairs === 1, `${pairs} pairs of indices sum to target ${target}; exactly one is required`);
}
