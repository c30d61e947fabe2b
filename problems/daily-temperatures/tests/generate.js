// Large daily-temperature cases, with the answer by a monotonic stack.
//
//   generate: {seed, n, kind, value?}
//     kind: "random" (uniform in 30..100), "equal" (all `value`: scanning forward from every day finds no warmer
//           day and takes n^2 / 2 steps) or "falling" (100 down to 31 in equal steps of about n / 70 days)
// Values come from a xorshift32 stream seeded by rng: rng.int costs about 20 interpreted statements a call.
function generate({ n, kind, value = 75 }, rng) {
  assert(Number.isInteger(n) && n >= 1 && n <= 200000, `n = ${n}`);
  let s = rng.int(1, 0xffffffff) | 0;
  const t = new Array(n);
  for (let i = 0; i < n; i++) {
    if (kind === "equal") t[i] = value;
    else if (kind === "falling") t[i] = 100 - Math.floor(i * 70 / n);
    else {
      assert(kind === "random", `unknown kind '${kind}'`);
      s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
      t[i] = 30 + (s >>> 1) % 71;
    }
  }
  const out = new Array(n).fill(0);
  const stack = new Array(n);                // days still waiting, their temperatures non-increasing
  let top = 0;
  for (let i = 0; i < n; i++) {
    while (top > 0 && t[stack[top - 1]] < t[i]) { const j = stack[--top]; out[j] = i - j; }
    stack[top++] = i;
  }
  return { in: { temperatures: t }, out };
}
