// Softmax cases at the statement's limits (n up to 10^4, logits in -10^4..10^4, three decimals), with the
// expected output computed stably: subtract the maximum, exponentiate, normalise.
//
//   generate: {seed, n, lo, hi}   logits uniform in lo..hi (within -10^4..10^4), rounded to 0.001
//   generate: {seed, n, lo, hi, ties: k}   and the maximum repeated at k random places
function generate({ n, lo = -10000, hi = 10000, ties = 0 }, rng) {
  assert(Number.isInteger(n) && n >= 1 && n <= 10000, `n = ${n}`);
  assert(-10000 <= lo && lo <= hi && hi <= 10000, `lo = ${lo}, hi = ${hi}`);
  const logits = new Array(n);
  for (let i = 0; i < n; i++) logits[i] = rng.int(lo * 1000, hi * 1000) / 1000;
  let max = -Infinity;
  for (const z of logits) max = Math.max(max, z);
  for (let t = 0; t < ties; t++) logits[rng.int(0, n - 1)] = max;

  const exps = logits.map(z => Math.exp(z - max));
  let total = 0;
  for (const e of exps) total += e;
  return { in: { logits }, out: exps.map(e => e / total) };
}
