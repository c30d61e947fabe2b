// Large meeting-room cases, with the answer by a sweep over a difference array of times (a meeting ending at t
// frees its room for one starting at t).
//
//   generate: {seed, n, kind, maxStart?, maxLength?, length?}
//     kind: "random"       (start uniform in 0..maxStart, length uniform in 1..maxLength)
//           "back-to-back" (meetings [i * length, (i + 1) * length] for i < n, shuffled: one room suffices)
// Draws come from a xorshift32 stream seeded by rng: rng.int costs about 20 interpreted statements a call.
function generate({ n, kind, maxStart = 999000, maxLength = 1000, length = 10 }, rng) {
  assert(Number.isInteger(n) && n >= 1 && n <= 50000, `n = ${n}`);
  let s = rng.int(1, 0xffffffff) | 0;
  const next = (m) => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return (s >>> 1) % m; };
  const intervals = new Array(n);
  let end = 0;
  for (let i = 0; i < n; i++) {
    let a, b;
    if (kind === "back-to-back") { a = i * length; b = a + length; }
    else {
      assert(kind === "random", `unknown kind '${kind}'`);
      a = next(maxStart + 1); b = a + 1 + next(maxLength);
    }
    assert(b <= 1000000, `meeting ends at ${b}, after 10^6`);
    intervals[i] = [a, b];
    if (b > end) end = b;
  }
  for (let i = n - 1; i > 0; i--) {
    const j = next(i + 1);
    const t = intervals[i]; intervals[i] = intervals[j]; intervals[j] = t;
  }
  const diff = new Array(end + 1).fill(0);
  for (let i = 0; i < n; i++) { diff[intervals[i][0]]++; diff[intervals[i][1]]--; }
  let running = 0, best = 0;
  for (let t = 0; t <= end; t++) { running += diff[t]; if (running > best) best = running; }
  return { in: { intervals }, out: best };
}
