// The statement's constraints: 1..30 distinct candidates in 2..40, 1 <= target <= 40, and fewer than 150
// combinations (counted like the ways to make change: ways[t] over the candidates, each used any number of
// times, order ignored). Messages only on failure.
function validate({ candidates, target }) {
  const m = candidates.length;
  assert(m >= 1 && m <= 30, `candidates has ${m} values; 1..30`);
  const seen = new Set();
  candidates.forEach((c, i) => {
    assert(Number.isInteger(c) && c >= 2 && c <= 40, `candidates[${i}] = ${c} is outside 2..40`);
    assert(!seen.has(c), `candidates[${i}] = ${c} appears twice`);
    seen.add(c);
  });
  assert(Number.isInteger(target) && target >= 1 && target <= 40, `target = ${target}; 1..40`);
  const ways = new Array(target + 1).fill(0);
  ways[0] = 1;
  for (const c of candidates) for (let t = c; t <= target; t++) ways[t] += ways[t - c];
  assert(ways[target] < 150, `${ways[target]} combinations add up to ${target}; fewer than 150`);
}
