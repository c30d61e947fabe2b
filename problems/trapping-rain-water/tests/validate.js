// The statement's constraints, checked on every case by ./interview validate.
function validate({ height }) {
  assert(height.length >= 1 && height.length <= 2 * 10 ** 4, `height has ${height.length} bars; 1..2*10^4`);
  height.forEach((h, i) => assert(Number.isInteger(h) && h >= 0 && h <= 10 ** 5, `height[${i}] = ${h} is outside 0..10^5`));
}
