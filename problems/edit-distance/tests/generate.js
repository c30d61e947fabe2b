// Word pairs for edit-distance, with the answer by the O(mn) table.
//
//   generate: {seed, kind, m, n?, letters?}
//     letters: the words use the first `letters` lowercase letters (default 26)
//     kind: "random"     (word1 of length m and word2 of length n, each letter drawn uniformly)
//           "identical"  (word2 = word1, of length m: answer 0)
//           "delete-one" (word2 = word1, of length m, with one letter from its middle half deleted: answer 1;
//                         a position-by-position comparison sees the shift as about m / 2 replacements)
function editDistance(a, b) {
  const n = b.length;
  let prev = new Array(n + 1), cur = new Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] : 1 + Math.min(prev[j - 1], prev[j], cur[j - 1]);
    }
    const t = prev; prev = cur; cur = t;
  }
  return prev[n];
}

function generate({ kind, m, n = 0, letters = 26 }, rng) {
  assert(Number.isInteger(m) && m >= 0 && m <= 500, `m = ${m}`);
  assert(Number.isInteger(n) && n >= 0 && n <= 500, `n = ${n}`);
  assert(Number.isInteger(letters) && letters >= 1 && letters <= 26, `letters = ${letters}`);
  const word = (length) => {
    let s = "";
    for (let i = 0; i < length; i++) s += String.fromCharCode(97 + rng.int(0, letters - 1));
    return s;
  };
  const word1 = word(m);
  let word2;
  if (kind === "random") word2 = word(n);
  else if (kind === "identical") word2 = word1;
  else {
    assert(kind === "delete-one" && m >= 1, `unknown kind '${kind}' (or delete-one from an empty word)`);
    const k = rng.int(Math.floor(m / 4), Math.floor((3 * m - 1) / 4));
    word2 = word1.slice(0, k) + word1.slice(k + 1);
  }
  return { in: { word1, word2 }, out: editDistance(word1, word2) };
}
