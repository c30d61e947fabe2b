// s random, t a shuffle of s with one letter inserted; the answer is that letter.
//
//   generate: {seed, n, letters?, kind?}
//     letters: s uses the first `letters` lowercase letters (26 by default); the added letter is one of them
//     kind:    "random" (the default): the added letter is inserted at a random position
//              "new-letter-last": s avoids 'z', and 'z' is added as the last letter of t
function generate({ n, letters = 26, kind = "random" }, rng) {
  assert(Number.isInteger(n) && n >= 0 && n <= 100000, `n = ${n}`);
  assert(Number.isInteger(letters) && letters >= 1 && letters <= 26, `letters = ${letters}`);
  const A = "abcdefghijklmnopqrstuvwxyz";
  const pool = kind === "new-letter-last" ? Math.min(letters, 25) : letters;
  assert(kind === "random" || kind === "new-letter-last", `unknown kind '${kind}'`);
  const s = new Array(n);
  for (let i = 0; i < n; i++) s[i] = A[rng.int(0, pool - 1)];
  const t = s.slice();
  rng.shuffle(t);
  let added;
  if (kind === "new-letter-last") {
    added = "z";
    t.push(added);
  } else {
    added = A[rng.int(0, letters - 1)];
    t.splice(rng.int(0, n), 0, added);
  }
  return { in: { s: s.join(""), t: t.join("") }, out: added };
}
