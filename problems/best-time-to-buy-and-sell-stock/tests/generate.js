// Large cases for maxProfit, answered by the one-pass rule (lowest price so far, best sale so far).
//
//   generate: {seed, n, shape}
//     random             prices uniform in 0..10^4
//     falling-then-spike prices falling slowly, then one spike at the end: the answer pairs the last two days,
//                        and every pair must be tried to find it by brute force
//     max-before-min     the highest price comes first and the lowest last, with a smaller rise in between:
//                        max(prices) - min(prices) is the wrong answer
function generate({ n, shape }, rng) {
  assert(Number.isInteger(n) && n >= 1 && n <= 100000, `n = ${n}`);
  const prices = new Array(n);
  if (shape === "random") {
    for (let i = 0; i < n; i++) prices[i] = rng.int(0, 10000);
  } else if (shape === "falling-then-spike") {
    for (let i = 0; i < n - 1; i++) prices[i] = 10000 - Math.floor((i * 9000) / n);
    prices[n - 1] = 10000;
  } else {
    assert(shape === "max-before-min" && n >= 4, `shape = ${shape}`);
    for (let i = 0; i < n; i++) prices[i] = rng.int(4000, 6000);
    prices[0] = 10000;
    prices[n - 1] = 0;
  }
  let low = Infinity, best = 0;
  for (const p of prices) {
    if (p - low > best) best = p - low;
    if (p < low) low = p;
  }
  return { in: { prices }, out: best };
}
