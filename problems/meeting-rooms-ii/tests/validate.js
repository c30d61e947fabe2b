// The statement's constraints: 1 <= n <= 5 * 10^4, each interval two integers 0 <= start < end <= 10^6.
// Messages only on failure.
function validate({ intervals }) {
  const n = intervals.length;
  assert(n >= 1 && n <= 50000, `intervals has ${n} elements; 1..5*10^4`);
  for (let i = 0; i < n; i++) {
    const m = intervals[i];
    if (!(m.length === 2 && Number.isInteger(m[0]) && Number.isInteger(m[1]) && m[0] >= 0 && m[0] < m[1] && m[1] <= 1000000)) {
      assert(false, `intervals[${i}] = [${m}]; two integers with 0 <= start < end <= 10^6`);
    }
  }
}
