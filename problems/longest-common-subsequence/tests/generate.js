// Large longest-common-subsequence cases, with the answer by the O(mn) table kept two rows at a time.
//
//   generate: {seed, m, n, kind, alphabet?, rate?}
//     kind: "random"   (text1 of length m and text2 of length n, uniform over the first `alphabet` letters)
//           "disjoint" (text1 from a..m, text2 from n..z: no common character, the answer is 0)
//           "edited"   (text1 random; text2 is text1 with each character deleted, replaced, or followed by an
//                       inserted one, each with probability `rate`, then cut to n characters: a long answer)
// Characters come from a xorshift32 stream seeded by rng: rng.int costs about 20 interpreted statements a call.
function generate({ m, n, kind, alphabet = 26, rate = 0.1 }, rng) {
  assert(Number.isInteger(m) && m >= 1 && m <= 2000, `m = ${m}`);
  assert(Number.isInteger(n) && n >= 1 && n <= 2000, `n = ${n}`);
  assert(Number.isInteger(alphabet) && alphabet >= 1 && alphabet <= 26, `alphabet = ${alphabet}`);
  let s = rng.int(1, 0xffffffff) | 0;
  const next = (k) => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return (s >>> 1) % k; };
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const word = (length, from, count) => {
    let w = "";
    for (let i = 0; i < length; i++) w += letters[from + next(count)];
    return w;
  };
  let text1, text2;
  if (kind === "random") {
    text1 = word(m, 0, alphabet);
    text2 = word(n, 0, alphabet);
  } else if (kind === "disjoint") {
    text1 = word(m, 0, 13);
    text2 = word(n, 13, 13);
  } else {
    assert(kind === "edited", `unknown kind '${kind}'`);
    text1 = word(m, 0, alphabet);
    const scale = 1000000, p = Math.round(rate * scale);
    let t = "";
    for (let i = 0; i < m && t.length < n; i++) {
      const r = next(scale);
      if (r < p) continue;                                  // deleted
      t += r < 2 * p ? letters[next(alphabet)] : text1[i];  // replaced (maybe by itself) or kept
      if (next(scale) < p) t += letters[next(alphabet)];    // an inserted character after it
    }
    text2 = t.length === 0 ? "a" : t.slice(0, n);
  }
  // prev[j] = LCS of text1[0..i) and text2[0..j); cur is the next row.
  const a = [], b = [];
  for (let i = 0; i < text1.length; i++) a.push(text1.charCodeAt(i));
  for (let j = 0; j < text2.length; j++) b.push(text2.charCodeAt(j));
  const w = b.length;
  let prev = new Array(w + 1).fill(0), cur = new Array(w + 1).fill(0);
  for (let i = 0; i < a.length; i++) {
    const c = a[i];
    for (let j = 0; j < w; j++) {
      if (c === b[j]) cur[j + 1] = prev[j] + 1;
      else cur[j + 1] = prev[j + 1] > cur[j] ? prev[j + 1] : cur[j];
    }
    const t = prev; prev = cur; cur = t;
  }
  return { in: { text1, text2 }, out: prev[w] };
}
