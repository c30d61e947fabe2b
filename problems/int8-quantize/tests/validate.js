// The statement's constraints, checked on every case by ./interview validate.
function validate({ x }) {
  assert(x.length >= 1 && x.length <= 10 ** 5, `n = ${x.length}; 1..10^5`);
  x.forEach((v, i) => assert(Math.abs(v) <= 10 ** 6, `x[${i}] = ${v} is outside -10^6..10^6`));
}
