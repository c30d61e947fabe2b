// The statement's constraints, checked on every case by ./interview validate.
function validate({ expected, actual }) {
  const b = expected.length;
  assert(b >= 1 && b <= 1000, `B = ${b}; 1..1000`);
  assert(actual.length === b, `actual has ${actual.length} bins, expected ${b}`);
  for (const [name, a] of [['expected', expected], ['actual', actual]]) {
    a.forEach((c, i) => assert(Number.isInteger(c) && c >= 0 && c <= 10 ** 9, `${name}[${i}] = ${c} is outside 0..10^9`));
    const s = a.reduce((x, y) => x + y, 0);
    assert(s > 0 && s <= 2 * 10 ** 9, `${name} sums to ${s}; 1..2*10^9`);
  }
}
