// The statement's constraints: 2 <= n <= 10^5, values in -30..30, and every prefix and suffix product within
// a 32-bit signed integer (checked as the products grow, so they stay exact). Messages only on failure.
function validate({ nums }) {
  const n = nums.length;
  assert(n >= 2 && n <= 100000, `nums has ${n} elements; 2..10^5`);
  let prefix = 1, suffix = 1;
  for (let i = 0; i < n; i++) {
    if (!(Number.isInteger(nums[i]) && Math.abs(nums[i]) <= 30)) assert(false, `nums[${i}] = ${nums[i]} is outside -30..30`);
    prefix *= nums[i];
    suffix *= nums[n - 1 - i];
    if (prefix < -2147483648 || prefix > 2147483647) assert(false, `the product of nums[0..${i}] = ${prefix} overflows 32 bits`);
    if (suffix < -2147483648 || suffix > 2147483647) assert(false, `the product of nums[${n - 1 - i}..] = ${suffix} overflows 32 bits`);
  }
}
