// The statement's constraints: -100 < x < 100, n a 32-bit integer, x != 0 or n > 0, |x^n| <= 10^4 (with a
// hair of slack for rounding: 0.1^-4 is 10000.000000000002 in doubles). Messages only on failure.
function validate({ x, n }) {
  assert(typeof x === "number" && Number.isFinite(x) && x > -100 && x < 100, `x = ${x}; -100 < x < 100`);
  assert(Number.isInteger(n) && n >= -2147483648 && n <= 2147483647, `n = ${n}; a 32-bit integer`);
  assert(x !== 0 || n > 0, `x = 0 needs n > 0 (n = ${n})`);
  const value = Math.pow(x, n);
  assert(Math.abs(value) <= 1e4 * (1 + 1e-12), `x^n = ${value}; -10^4..10^4`);
}
