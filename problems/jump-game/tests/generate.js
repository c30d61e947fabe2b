// Large jump-game cases, with the answer by the greedy farthest reach.
//
//   generate: {seed, n, kind, lo?, hi?}
//     kind: "random"     (uniform in lo..hi)
//           "ones"       (all 1 but a final 0: reachable one step at a time)
//           "stop-short" (nums[i] = n - 2 - i, every jump ends exactly at index n - 2, which holds 0; the last
//                         value is 5. Unreachable, and marking every reachable index takes n^2 / 2 steps)
// Values come from a xorshift32 stream seeded by rng: rng.int costs about 20 interpreted statements a call.
function generate({ n, kind, lo = 0, hi = 100000 }, rng) {
  assert(Number.isInteger(n) && n >= 1 && n <= 100000, `n = ${n}`);
  let s = rng.int(1, 0xffffffff) | 0;
  const m = hi - lo + 1;
  const nums = new Array(n);
  for (let i = 0; i < n; i++) {
    if (kind === "ones") nums[i] = i === n - 1 ? 0 : 1;
    else if (kind === "stop-short") nums[i] = i === n - 1 ? 5 : n - 2 - i;
    else {
      assert(kind === "random", `unknown kind '${kind}'`);
      s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
      nums[i] = lo + (s >>> 1) % m;
    }
  }
  let reach = 0;
  for (let i = 0; i < n && i <= reach; i++) if (i + nums[i] > reach) reach = i + nums[i];
  return { in: { nums }, out: reach >= n - 1 };
}
