// combination-sum cases, with the answer by backtracking over the candidates in ascending order (each
// combination comes out ascending, listed in lexicographic order).
//
//   generate: {seed, candidates, target}    those candidates and target (the answer is computed)
//   generate: {seed, count, lo, hi, target} count distinct candidates drawn from lo..hi, in random order;
//                                           drawn again (from the same stream) until fewer than 150
//                                           combinations add up to target
function combinations(candidates, target) {
  const sorted = candidates.slice().sort((a, b) => a - b);
  const out = [], path = [];
  const walk = (from, rest) => {
    if (rest === 0) { out.push(path.slice()); return; }
    for (let i = from; i < sorted.length && sorted[i] <= rest; i++) {
      path.push(sorted[i]);
      walk(i, rest - sorted[i]);
      path.pop();
    }
  };
  walk(0, target);
  return out;
}

function generate({ candidates, target, count, lo, hi }, rng) {
  if (candidates === undefined) {
    assert(Number.isInteger(count) && lo >= 2 && hi <= 40 && count <= hi - lo + 1, `count ${count} from ${lo}..${hi}`);
    for (let attempt = 0; ; attempt++) {
      assert(attempt < 1000, `no draw of ${count} candidates from ${lo}..${hi} has fewer than 150 combinations`);
      const pool = [];
      for (let v = lo; v <= hi; v++) pool.push(v);
      rng.shuffle(pool);
      candidates = pool.slice(0, count);
      const out = combinations(candidates, target);
      if (out.length < 150) return { in: { candidates, target }, out };
    }
  }
  return { in: { candidates, target }, out: combinations(candidates, target) };
}
