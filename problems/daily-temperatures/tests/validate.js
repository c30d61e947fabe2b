// The statement's constraints: 1 <= n <= 2 * 10^5, temperatures in 30..100. Messages only on failure.
function validate({ temperatures }) {
  const n = temperatures.length;
  assert(n >= 1 && n <= 200000, `temperatures has ${n} elements; 1..2*10^5`);
  for (let i = 0; i < n; i++) {
    const x = temperatures[i];
    if (!(x >= 30 && x <= 100)) assert(false, `temperatures[${i}] = ${x} is outside 30..100`);
  }
}
