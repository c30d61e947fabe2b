// Range-sum cases at the statement's limits, with the answers by prefix sums.
//
//   generate: {seed, n, q, values, queries}
//     values:  "random" (uniform in -10^9..10^9), "max" (all 10^9) or "min" (all -10^9)
//     queries: "random" (l <= r, both uniform), "wide" (l in the first tenth, r in the last tenth: every query
//              covers at least 80% of the array, so summing each range costs about 0.8 n q additions), or
//              "point" (l = r)
// Sums stay within 10^5 * 10^9 = 10^14 < 2^53 in absolute value, so plain numbers are exact here.
const LIMIT = 1e9;

function generate({ n, q, values = "random", queries = "random" }, rng) {
  assert(Number.isInteger(n) && n >= 1 && n <= 100000, `n = ${n}`);
  assert(Number.isInteger(q) && q >= 0 && q <= 100000, `q = ${q}`);
  assert(["random", "max", "min"].includes(values), `unknown values '${values}'`);
  assert(["random", "wide", "point"].includes(queries), `unknown queries '${queries}'`);

  // Numbers from a xorshift32 stream seeded by rng, inlined: rng.int costs about 20 interpreted statements a
  // call, and 3 * 10^5 of them would take most of the generator's time budget. u = s >>> 1 is uniform in
  // 0..2^31-1: values keep u <= 2 * 10^9 (rejection, so exactly uniform); indices take u % m for m <= 10^5,
  // whose bias (at most 10^5 / 2^31, under 0.005%) does not matter here.
  let s = rng.int(1, 0xffffffff) | 0, u;
  const a = new Array(n);
  const prefix = new Array(n + 1);
  prefix[0] = 0;
  for (let i = 0; i < n; i++) {
    let x = values === "max" ? LIMIT : -LIMIT;
    if (values === "random") {
      do { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; u = s >>> 1; } while (u > 2 * LIMIT);
      x = u - LIMIT;
    }
    a[i] = x;
    prefix[i + 1] = prefix[i] + x;
  }

  const tenth = Math.max(1, Math.floor(n / 10));
  const lines = new Array(q);
  const out = new Array(q);
  for (let k = 0; k < q; k++) {
    s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
    const u1 = s >>> 1;
    s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
    const u2 = s >>> 1;
    let l, r;
    if (queries === "wide") {
      l = u1 % tenth;
      r = n - 1 - u2 % tenth;
    } else if (queries === "point") {
      l = r = u1 % n;
    } else {
      l = u1 % n;
      r = u2 % n;
      if (l > r) [l, r] = [r, l];
    }
    lines[k] = l + " " + r;
    out[k] = prefix[r + 1] - prefix[l];
  }
  const input = n + "\n" + a.join(" ") + "\n" + q + "\n" + (q > 0 ? lines.join("\n") + "\n" : "");
  return { in: input, out: q > 0 ? out.join("\n") + "\n" : "" };
}
