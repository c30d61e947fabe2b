// The statement's constraints: 2 <= n <= 10^5 walls, every height an integer in 0..10^4. Messages only on
// failure: cases reach 10^5 values.
function validate({ height }) {
  const n = height.length;
  assert(n >= 2 && n <= 100000, `height has ${n} elements; 2..10^5`);
  for (let i = 0; i < n; i++) {
    const h = height[i];
    if (!(Number.isInteger(h) && h >= 0 && h <= 10000)) assert(false, `height[${i}] = ${h} is outside 0..10^4`);
  }
}
