// solve(input): proportions, zeros replaced by 1e-4, then the symmetric sum.
function solve({ expected, actual }) {
  const se = expected.reduce((a, b) => a + b, 0), sa = actual.reduce((a, b) => a + b, 0);
  let total = 0;
  for (let i = 0; i < expected.length; i++) {
    const p = expected[i] === 0 ? 1e-4 : expected[i] / se;
    const q = actual[i] === 0 ? 1e-4 : actual[i] / sa;
    total += (q - p) * Math.log(q / p);
  }
  return total;
}

// B bins of a bell-shaped histogram; `shift` moves the production one by that many bins; `zeros` empties
// every zeros-th bin of the production histogram.
function generate({ bins, total, shift, zeros }, rng) {
  const expected = [], actual = [];
  for (let i = 0; i < bins; i++) {
    const bell = (c) => Math.exp(-(((i - c) / (bins / 6)) ** 2) / 2);
    expected.push(Math.round(total * bell(bins / 2) / bins * (0.9 + 0.2 * rng.float())));
    actual.push(zeros && i % zeros === 0 ? 0 : Math.round(total * bell(bins / 2 + shift) / bins * (0.9 + 0.2 * rng.float())));
  }
  return { in: { expected, actual }, out: solve({ expected, actual }) };
}
