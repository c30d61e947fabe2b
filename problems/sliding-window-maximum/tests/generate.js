// Large sliding-window cases, with the answer by a monotonic deque.
//
//   generate: {seed, n, k, kind}
//     kind: "random" (uniform in -10^4..10^4) or "decreasing" (10^4 down, each value 5 times: every window's
//           maximum is its first element, the worst order for a solution that forgets an expired maximum)
// Values come from a xorshift32 stream seeded by rng: rng.int costs about 20 interpreted statements a call.
function generate({ n, k, kind = "random" }, rng) {
  assert(Number.isInteger(n) && n >= 1 && n <= 200000, `n = ${n}`);
  assert(Number.isInteger(k) && k >= 1 && k <= n, `k = ${k}`);
  assert(kind === "random" || kind === "decreasing", `unknown kind '${kind}'`);
  let s = rng.int(1, 0xffffffff) | 0;
  const nums = new Array(n);
  for (let i = 0; i < n; i++) {
    if (kind === "decreasing") nums[i] = Math.max(-10000, 10000 - Math.floor(i / 5));
    else { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; nums[i] = (s >>> 1) % 20001 - 10000; }
  }
  const dq = new Array(n);                 // indices, their values decreasing from head to tail
  let head = 0, tail = 0;
  const out = new Array(n - k + 1);
  for (let i = 0; i < n; i++) {
    while (tail > head && nums[dq[tail - 1]] <= nums[i]) tail--;
    dq[tail++] = i;
    if (dq[head] <= i - k) head++;
    if (i >= k - 1) out[i - k + 1] = nums[dq[head]];
  }
  return { in: { nums, k }, out };
}
