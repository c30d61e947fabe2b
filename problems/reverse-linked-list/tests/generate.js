// Large lists to reverse; the answer is the values in reverse order.
//
//   generate: {seed, n, kind?}
//     kind: "random"    (values uniform in -5000..5000, the default)
//           "ascending" (values -5000, -4999, ... wrapping around after 5000)
function generate({ n, kind = "random" }, rng) {
  assert(Number.isInteger(n) && n >= 0 && n <= 50000, `n = ${n}`);
  const head = new Array(n);
  for (let i = 0; i < n; i++) {
    if (kind === "ascending") head[i] = -5000 + (i % 10001);
    else {
      assert(kind === "random", `unknown kind '${kind}'`);
      head[i] = rng.int(-5000, 5000);
    }
  }
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = head[n - 1 - i];
  return { in: { head }, out };
}
