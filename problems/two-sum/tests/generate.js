// Large two-sum cases: n values in -10^9..10^9 with exactly one pair summing to target, the pair at a chosen
// place so that no scanning order finds it early on every case.
//
//   generate: {seed, n, place, equal?}
//     place: "front" (both indices among the first 50), "middle" (both within 50 of n/2),
//            "back" (both among the last 50) or "random" (anywhere)
//     equal: true for a pair of equal values (target even, the two indices hold target/2)
//
// Why exactly one pair sums to target: the planted values a and b (a + b = target) go into `used` first. Each
// further value x is drawn at random and kept only if neither x nor target - x is already in `used`; then x joins
// `used`. So for any two kept indices i != j other than the planted pair, the one kept later was checked against
// the earlier one: its value differs from target minus the earlier value, so the two do not sum to target. The
// planted pair itself does. (x = target - a = b and x = a are refused too, so no filler pairs with a or b, and
// with `equal`, no third copy of target/2 appears.) The values are distinct apart from an equal planted pair.
const LIMIT = 1e9;

function generate({ n, place, equal = false }, rng) {
  assert(Number.isInteger(n) && n >= 2 && n <= 100000, `n = ${n}`);
  let a, b, target;
  if (equal) {
    a = rng.int(-LIMIT / 2, LIMIT / 2);
    b = a;
    target = 2 * a;
  } else {
    target = rng.int(-LIMIT, LIMIT);
    // a and b = target - a both within -10^9..10^9, and different.
    do {
      a = rng.int(Math.max(-LIMIT, target - LIMIT), Math.min(LIMIT, target + LIMIT));
      b = target - a;
    } while (a === b);
  }

  // The fillers come from a xorshift32 stream seeded by rng: rng.int costs about 20 interpreted statements a
  // call, and 10^5 of them would take most of the generator's time budget.
  let s = rng.int(1, 0xffffffff) | 0;
  const used = new Set([a, b]);
  const fillers = new Array(n - 2);
  let k = 0;
  while (k < n - 2) {
    s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
    const u = s >>> 1;                        // uniform in 0..2^31-1; keep 0..2*10^9 for -10^9..10^9
    if (u > 2 * LIMIT) continue;
    const x = u - LIMIT;
    if (used.has(x) || used.has(target - x)) continue;
    used.add(x);
    fillers[k++] = x;
  }

  // Two different indices within 50 of centre, inside 0..n-1.
  const near = (centre) => {
    const lo = Math.max(0, centre - 50), hi = Math.min(n - 1, centre + 50);
    const p = rng.int(lo, hi);
    let q;
    do { q = rng.int(lo, hi); } while (q === p);
    return [p, q];
  };
  let i, j;
  if (place === "front") [i, j] = near(0);
  else if (place === "middle") [i, j] = near(Math.floor(n / 2));
  else if (place === "back") [i, j] = near(n - 1);
  else if (place === "random") {
    i = rng.int(0, n - 1);
    do { j = rng.int(0, n - 1); } while (j === i);
  } else assert(false, `unknown place '${place}'`);

  // The fillers in their (random) order, with a and b inserted at i and j.
  const [lo, hi] = i < j ? [i, j] : [j, i];
  const nums = fillers.slice(0, lo).concat([i < j ? a : b], fillers.slice(lo, hi - 1), [i < j ? b : a], fillers.slice(hi - 1));
  return { in: { nums, target }, out: [Math.min(i, j), Math.max(i, j)] };
}
