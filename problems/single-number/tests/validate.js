// The statement's constraints: 1 <= n <= 10^5 and n odd, values in -3*10^4..3*10^4, exactly one value once
// and every other exactly twice. Messages only on failure.
function validate({ nums }) {
  const n = nums.length;
  assert(n >= 1 && n <= 100000 && n % 2 === 1, `nums has ${n} elements; an odd number in 1..10^5`);
  const count = new Array(60001).fill(0);
  for (let i = 0; i < n; i++) {
    const x = nums[i];
    if (!(Number.isInteger(x) && Math.abs(x) <= 30000)) assert(false, `nums[${i}] = ${x} is outside -3*10^4..3*10^4`);
    count[x + 30000]++;
  }
  let once = 0;
  for (let v = 0; v < 60001; v++) {
    if (count[v] === 1) once++;
    else if (count[v] > 2) assert(false, `${v - 30000} occurs ${count[v]} times; at most twice`);
  }
  assert(once === 1, `${once} values occur once; exactly one must`);
}
