// count-primes cases, with the answer by a sieve of Eratosthenes over the odd numbers (cheaper to run in the
// generator's interpreter than a plain sieve: half the memory, half the steps).
//
//   generate: {seed, n}           that n
//   generate: {seed, lo, hi}      n uniform in lo..hi
function generate({ n, lo, hi }, rng) {
  if (n === undefined) n = rng.int(lo, hi);
  assert(Number.isInteger(n) && n >= 0 && n <= 5000000, `n = ${n}`);
  if (n <= 2) return { in: { n }, out: 0 };
  // composite[i] marks the odd number 2i + 1; the odd numbers below n are 2i + 1 for i < half.
  const half = n >> 1;
  const composite = new Uint8Array(half);
  for (let p = 3; p * p < n; p += 2) {
    if (composite[p >> 1]) continue;
    for (let i = (p * p) >> 1; i < half; i += p) composite[i] = 1;
  }
  let count = 1;  // the prime 2
  for (let i = 1; i < half; i++) if (!composite[i]) count++;
  return { in: { n }, out: count };
}
