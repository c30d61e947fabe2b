// Large reverse-pair cases, with the answer by merge sort: for each sorted left half and sorted right half, a
// second pointer counts the right values y with x > 2y for every left value x (exact in doubles: |2y| <= 2^32).
//
//   generate: {seed, n, kind, lo?, hi?}
//     kind: "random"     (uniform in lo..hi; the default is the whole 32-bit range)
//           "decreasing" (strictly decreasing from hi, random steps of 1..floor((hi - lo) / n), so it stays
//                         above lo: with the default range, most pairs are reverse pairs)
//           "extreme"    (each value within 2^20 of -2^31, -2^30, 2^30 or 2^31 - 1: doubling overflows 32 bits)
// Values come from a xorshift32 stream seeded by rng: rng.int costs about 20 interpreted statements a call.
function generate({ n, kind, lo = -2147483648, hi = 2147483647 }, rng) {
  assert(Number.isInteger(n) && n >= 1 && n <= 50000, `n = ${n}`);
  assert(lo >= -2147483648 && hi <= 2147483647 && lo <= hi, `lo = ${lo}, hi = ${hi}`);
  let s = rng.int(1, 0xffffffff) | 0;
  const next32 = () => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return s >>> 0; };   // 0..2^32 - 1
  const below = (k) => k === 4294967296 ? next32() : next32() % k;
  const nums = new Array(n);
  if (kind === "random") {
    for (let i = 0; i < n; i++) nums[i] = lo + below(hi - lo + 1);
  } else if (kind === "decreasing") {
    const step = Math.floor((hi - lo) / n);
    assert(step >= 1, `lo..hi is too narrow for ${n} decreasing values`);
    let x = hi;
    for (let i = 0; i < n; i++) { nums[i] = x; x -= 1 + below(step); }
  } else {
    assert(kind === "extreme", `unknown kind '${kind}'`);
    const anchors = [-2147483648, -1073741824, 1073741824, 2147483647];
    for (let i = 0; i < n; i++) {
      const a = anchors[below(4)], d = below(1 << 20);
      nums[i] = a < 0 ? a + d : a - d;
    }
  }
  // Merge sort over a copy, counting reverse pairs across each split before merging it.
  let a = nums.slice(), b = new Array(n);
  let count = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let start = 0; start < n; start += 2 * width) {
      const mid = Math.min(start + width, n), end = Math.min(start + 2 * width, n);
      let j = mid;
      for (let i = start; i < mid; i++) {
        while (j < end && a[i] > 2 * a[j]) j++;
        count += j - mid;
      }
      let p = start, q = mid, k = start;
      while (p < mid && q < end) b[k++] = a[p] <= a[q] ? a[p++] : a[q++];
      while (p < mid) b[k++] = a[p++];
      while (q < end) b[k++] = a[q++];
    }
    const t = a; a = b; b = t;
  }
  return { in: { nums }, out: count };
}
