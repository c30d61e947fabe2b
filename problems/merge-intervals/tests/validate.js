// The statement's constraints: 1 <= n <= 10^4 intervals, each [start, end] with 0 <= start <= end <= 10^4.
// Messages only on failure.
function validate({ intervals }) {
  const n = intervals.length;
  assert(n >= 1 && n <= 10000, `intervals has ${n} entries; 1..10^4`);
  intervals.forEach((iv, i) => {
    assert(iv.length === 2, `intervals[${i}] has ${iv.length} numbers; 2`);
    const [s, e] = iv;
    assert(Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= 10000, `intervals[${i}] = [${s}, ${e}]; 0 <= start <= end <= 10^4`);
  });
}
