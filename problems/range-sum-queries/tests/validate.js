// The statement's input format and constraints, checked on every case by ./interview validate. Messages are
// built only on failure: cases reach 3 * 10^5 numbers.
function validate(input) {
  const INT = /^-?(0|[1-9]\d*)$/;
  const lines = input.split("\n");
  assert(lines.pop() === "", "the input must end with a newline");
  assert(lines.length >= 3, `${lines.length} lines; at least 3 (n, the array, q)`);
  assert(INT.test(lines[0]), `n is '${lines[0]}', not an integer`);
  const n = Number(lines[0]);
  assert(n >= 1 && n <= 100000, `n = ${n} is outside 1..10^5`);
  const a = lines[1].split(" ");
  assert(a.length === n, `line 2 has ${a.length} values; n = ${n}`);
  for (let i = 0; i < n; i++) {
    if (!INT.test(a[i]) || Math.abs(Number(a[i])) > 1e9) assert(false, `a[${i}] = '${a[i]}' is not an integer in -10^9..10^9`);
  }
  assert(INT.test(lines[2]), `q is '${lines[2]}', not an integer`);
  const q = Number(lines[2]);
  assert(q >= 0 && q <= 100000, `q = ${q} is outside 0..10^5`);
  assert(lines.length === 3 + q, `${lines.length - 3} query lines; q = ${q}`);
  for (let k = 0; k < q; k++) {
    const parts = lines[3 + k].split(" ");
    const l = Number(parts[0]), r = Number(parts[1]);
    if (parts.length !== 2 || !INT.test(parts[0]) || !INT.test(parts[1]) || !(l >= 0 && l <= r && r < n)) {
      assert(false, `query ${k} (line ${4 + k}) is '${lines[3 + k]}'; two integers with 0 <= l <= r < n = ${n}`);
    }
  }
}
