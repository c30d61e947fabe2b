// Large group-anagrams cases: n strings, each a random rearrangement of one of `groups` random base words, in a
// random order; the answer groups them by their sorted letters, in order of first appearance (the checker
// accepts any order).
//
//   generate: {seed, n, groups, minLength, maxLength, alphabet?}
//     base word lengths are uniform in minLength..maxLength, letters among the first `alphabet` (default 26);
//     every base word is used at least once when n >= groups. Two base words may happen to be anagrams (likely
//     for short words over few letters): they then form one group.
// Letters come from a xorshift32 stream seeded by rng: rng.int costs about 20 interpreted statements a call.
function generate({ n, groups, minLength, maxLength, alphabet = 26 }, rng) {
  assert(Number.isInteger(n) && n >= 1 && n <= 10000, `n = ${n}`);
  assert(Number.isInteger(groups) && groups >= 1 && groups <= n, `groups = ${groups}`);
  assert(minLength >= 0 && minLength <= maxLength && maxLength <= 100, `lengths ${minLength}..${maxLength}`);
  assert(Number.isInteger(alphabet) && alphabet >= 1 && alphabet <= 26, `alphabet = ${alphabet}`);
  let s = rng.int(1, 0xffffffff) | 0;
  const next = (k) => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return (s >>> 1) % k; };
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const bases = new Array(groups);
  for (let g = 0; g < groups; g++) {
    const length = minLength + next(maxLength - minLength + 1);
    const chars = new Array(length);
    for (let i = 0; i < length; i++) chars[i] = letters[next(alphabet)];
    bases[g] = chars;
  }
  const strs = new Array(n);
  for (let i = 0; i < n; i++) {
    const chars = bases[i < groups ? i : next(groups)].slice();
    for (let k = chars.length - 1; k > 0; k--) {
      const j = next(k + 1);
      const t = chars[k]; chars[k] = chars[j]; chars[j] = t;
    }
    strs[i] = chars.join("");
  }
  for (let i = n - 1; i > 0; i--) {
    const j = next(i + 1);
    const t = strs[i]; strs[i] = strs[j]; strs[j] = t;
  }
  const index = new Map(), out = [];
  for (const word of strs) {
    const key = word.split("").sort().join("");
    let group = index.get(key);
    if (group === undefined) { group = []; index.set(key, group); out.push(group); }
    group.push(word);
  }
  return { in: { strs }, out };
}
