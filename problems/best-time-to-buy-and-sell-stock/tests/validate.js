// The statement's constraints: 1 <= n <= 10^5, prices in 0..10^4. Messages only on failure.
function validate({ prices }) {
  const n = prices.length;
  assert(n >= 1 && n <= 100000, `prices has ${n} elements; 1..10^5 allowed`);
  for (let i = 0; i < n; i++) {
    const p = prices[i];
    if (!(Number.isInteger(p) && p >= 0 && p <= 10000)) assert(false, `prices[${i}] = ${p} is outside 0..10^4`);
  }
}
