// Large rotated-array cases: n distinct ascending values in -10^9..10^9, rotated so that the smallest sits at
// index `drop`, and a target chosen by kind; the answer comes from the construction.
//
//   generate: {seed, n, drop, target}
//     target: "max" (the last value before the drop), "min" (the first after it), "missing" (one more than a
//             value whose successor is further away: absent, and right between two present values)
// Ascending values are a running sum of random gaps from a xorshift32 stream seeded by rng (no sort needed;
// rng.int costs about 20 interpreted statements a call). Gaps average 1.9 * 10^9 / n, so the values span about
// 1.9 * 10^9 from -0.95 * 10^9, with the bound checked.
function generate({ n, drop, target }, rng) {
  assert(Number.isInteger(n) && n >= 2 && n <= 100000, `n = ${n}`);
  assert(Number.isInteger(drop) && drop >= 0 && drop < n, `drop = ${drop}`);
  let s = rng.int(1, 0xffffffff) | 0;
  const span = 2 * Math.floor(1.9e9 / n) - 1;       // gaps uniform in 1..span
  const sorted = new Array(n);
  let x = -950000000;
  for (let i = 0; i < n; i++) {
    s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
    x += 1 + (s >>> 1) % span;
    sorted[i] = x;
  }
  assert(sorted[n - 1] <= 1e9, `largest value ${sorted[n - 1]} is over 10^9`);
  // nums[(i + drop) % n] = sorted[i]: sorted[0] lands at index drop.
  const nums = new Array(n);
  for (let i = 0; i < n; i++) nums[(i + drop) % n] = sorted[i];
  let t, out;
  if (target === "max") { t = sorted[n - 1]; out = (n - 1 + drop) % n; }
  else if (target === "min") { t = sorted[0]; out = drop; }
  else {
    assert(target === "missing", `unknown target '${target}'`);
    let i = rng.int(0, n - 2);
    while (sorted[i + 1] - sorted[i] < 2) i = (i + 1) % (n - 1);
    t = sorted[i] + 1; out = -1;
  }
  return { in: { nums, target: t }, out };
}
