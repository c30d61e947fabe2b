// pow(x, n) cases, with the answer by Math.pow.
//
//   generate: {seed, x, n}              that x and n (for cases whose answer is not a short decimal)
//   generate: {seed, minN, maxN}        n uniform in minN..maxN (|n| >= 2), then x = +-T^(1/n) for a target T
//                                       log-uniform in 10^-3..9 * 10^3, so that |x^n| stays within the bounds;
//                                       the sign is negative half the time. Large |n| put x within 10^-8 of 1.
function generate({ x, n, minN, maxN }, rng) {
  if (x === undefined) {
    assert(Number.isInteger(minN) && Number.isInteger(maxN) && minN <= maxN, `minN..maxN = ${minN}..${maxN}`);
    assert(minN >= -2147483648 && maxN <= 2147483647, `minN..maxN outside the 32-bit range`);
    do { n = rng.int(minN, maxN); } while (Math.abs(n) < 2);
    const target = Math.exp(Math.log(1e-3) + rng.float() * (Math.log(9e3) - Math.log(1e-3)));
    x = Math.exp(Math.log(target) / n) * (rng.float() < 0.5 ? -1 : 1);
  }
  return { in: { x, n }, out: Math.pow(x, n) };
}
