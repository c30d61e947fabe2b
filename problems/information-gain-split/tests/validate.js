// The statement's constraints, checked on every case by ./interview validate.
function validate({ x, y }) {
  assert(x.length >= 2 && x.length <= 10 ** 5, `n = ${x.length}; 2..10^5`);
  assert(y.length === x.length, `y has ${y.length} labels for ${x.length} values`);
  x.forEach((v, i) => assert(Math.abs(v) <= 10 ** 6, `x[${i}] = ${v} is outside -10^6..10^6`));
  y.forEach((c, i) => assert(Number.isInteger(c) && c >= 0 && c <= 9, `y[${i}] = ${c} is outside 0..9`));
  assert(x.some((v) => v !== x[0]), 'x needs at least two distinct values');
}
