// The statement's constraints: 1 <= n <= 10 distinct integers, each in -10..10.
function validate({ nums }) {
  const n = nums.length;
  assert(n >= 1 && n <= 10, `nums has ${n} elements; 1..10`);
  nums.forEach((x, i) => assert(Number.isInteger(x) && Math.abs(x) <= 10, `nums[${i}] = ${x} is outside -10..10`));
  assert(new Set(nums).size === n, `the values of nums are not distinct: ${nums}`);
}
