// The statement's constraints: 1 <= n <= 5 * 10^4, values in -2^31..2^31 - 1. Messages only on failure.
function validate({ nums }) {
  const n = nums.length;
  assert(n >= 1 && n <= 50000, `nums has ${n} elements; 1..5*10^4`);
  for (let i = 0; i < n; i++) {
    const x = nums[i];
    if (!(Number.isInteger(x) && x >= -2147483648 && x <= 2147483647)) assert(false, `nums[${i}] = ${x} is outside -2^31..2^31 - 1`);
  }
}
