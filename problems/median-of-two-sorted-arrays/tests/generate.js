// Large median cases, with the answer by merging the two arrays up to the middle.
//
//   generate: {seed, m, n, kind, lo?, hi?}
//     kind: "random" (both arrays uniform in lo..hi, then sorted: the values interleave)
//           "split"  (nums1 uniform in lo..mid, nums2 in mid + 1..hi, mid = floor((lo + hi) / 2): every value of
//                     nums1 is smaller than every value of nums2, so the median sits at their boundary or
//                     inside the longer array)
// Values come from a xorshift32 stream seeded by rng: rng.int costs about 20 interpreted statements a call.
function generate({ m, n, kind, lo = -1000000, hi = 1000000 }, rng) {
  assert(Number.isInteger(m) && m >= 0 && m <= 100000, `m = ${m}`);
  assert(Number.isInteger(n) && n >= 0 && n <= 100000, `n = ${n}`);
  assert(m + n >= 1, "both arrays are empty");
  assert(lo >= -1000000 && hi <= 1000000 && lo < hi, `lo = ${lo}, hi = ${hi}`);
  let s = rng.int(1, 0xffffffff) | 0;
  const next = (k) => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return (s >>> 1) % k; };
  const mid = Math.floor((lo + hi) / 2);
  const draw = (count, a, b) => {
    const values = new Array(count);
    for (let i = 0; i < count; i++) values[i] = a + next(b - a + 1);
    return values.sort((x, y) => x - y);
  };
  let nums1, nums2;
  if (kind === "random") {
    nums1 = draw(m, lo, hi);
    nums2 = draw(n, lo, hi);
  } else {
    assert(kind === "split", `unknown kind '${kind}'`);
    nums1 = draw(m, lo, mid);
    nums2 = draw(n, mid + 1, hi);
  }
  // Merge up to the middle: the k-th smallest for k = floor((m + n - 1) / 2) and k = floor((m + n) / 2).
  const total = m + n, want = Math.floor(total / 2);
  let i = 0, j = 0, previous = 0, current = 0;
  for (let k = 0; k <= want; k++) {
    previous = current;
    if (j >= n || (i < m && nums1[i] <= nums2[j])) current = nums1[i++];
    else current = nums2[j++];
  }
  const out = total % 2 === 1 ? current : (previous + current) / 2;
  return { in: { nums1, nums2 }, out };
}
