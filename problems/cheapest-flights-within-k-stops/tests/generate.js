// Random flight networks, with the answer by Bellman-Ford limited to k + 1 rounds (each round relaxes from a
// copy of the previous round's prices, so it adds at most one flight to every trip).
//
//   generate: {seed, n, m, k, kind, maxPrice?}
//     kind: "random" (m random flights, prices uniform in 1..maxPrice, src and dst random)
//           "ladder" (cities 0..n-1 in a line from src = 0 to dst = n - 1: the flights i -> i + 1 are cheap
//                     (1..10), and the other m - (n - 1) flights jump ahead by j - i >= 2 cities at a price
//                     of 30..40 per city jumped (a stop saved costs more), or go backwards at any price.
//                     The fewer stops allowed, the more the trip costs: every k has its own answer)
//     The cities are relabelled at random and the flights shuffled.
// Draws come from a xorshift32 stream seeded by rng.
function generate({ n, m, k, kind, maxPrice = 10000 }, rng) {
  assert(Number.isInteger(n) && n >= 2 && n <= 100, `n = ${n}`);
  assert(Number.isInteger(m) && m >= 0 && m <= n * (n - 1) / 2, `m = ${m}`);
  assert(Number.isInteger(k) && k >= 0 && k < n, `k = ${k}`);
  let s = rng.int(1, 0xffffffff) | 0;
  const next = (r) => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return (s >>> 1) % r; };
  const flights = [];
  const used = new Set();
  const add = (u, v, p) => {
    if (u === v || used.has(u * 100 + v)) return;
    used.add(u * 100 + v);
    flights.push([u, v, p]);
  };
  let src, dst;
  if (kind === "ladder") {
    assert(m >= n - 1, `a ladder needs m >= n - 1`);
    src = 0; dst = n - 1;
    for (let i = 0; i + 1 < n; i++) add(i, i + 1, 1 + next(10));
    while (flights.length < m) {
      const a = next(n), b = next(n);
      if (b >= a + 2) add(a, b, (b - a) * (30 + next(11)));
      else if (b < a) add(a, b, 1 + next(maxPrice));
    }
  } else {
    assert(kind === "random", `unknown kind '${kind}'`);
    src = next(n);
    dst = (src + 1 + next(n - 1)) % n;
    while (flights.length < m) add(next(n), next(n), 1 + next(maxPrice));
  }
  // Relabel the cities and shuffle the flights.
  const label = new Array(n);
  for (let i = 0; i < n; i++) label[i] = i;
  for (let i = n - 1; i > 0; i--) { const j = next(i + 1); const t = label[i]; label[i] = label[j]; label[j] = t; }
  for (const f of flights) { f[0] = label[f[0]]; f[1] = label[f[1]]; }
  src = label[src]; dst = label[dst];
  for (let i = flights.length - 1; i > 0; i--) { const j = next(i + 1); const t = flights[i]; flights[i] = flights[j]; flights[j] = t; }

  let cost = new Array(n).fill(Infinity);
  cost[src] = 0;
  for (let round = 0; round <= k; round++) {
    const nextCost = cost.slice();
    for (const [u, v, p] of flights) {
      if (cost[u] + p < nextCost[v]) nextCost[v] = cost[u] + p;
    }
    cost = nextCost;
  }
  return { in: { n, flights, src, dst, k }, out: cost[dst] === Infinity ? -1 : cost[dst] };
}
