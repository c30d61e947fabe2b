// Strings for longest-substring-without-repeating-characters, with the answer by the sliding window.
//
//   generate: {seed, n, kind, alphabet?}
//     alphabet: "lower" (a..z) or "printable" (the 95 characters with codes 32..126; the default)
//     kind: "random" (each character drawn uniformly from the alphabet)
//           "cycle"  (the alphabet over and over: every window of its length is the answer, and checking every
//                     substring costs up to that many steps for each of the n^2 / 2)
//           "repeat" (one character, drawn from the alphabet, n times: answer 1)
function longest(s) {
  const last = new Map();
  let best = 0, left = 0;
  for (let i = 0; i < s.length; i++) {
    const j = last.get(s[i]);
    if (j !== undefined && j >= left) left = j + 1;
    last.set(s[i], i);
    best = Math.max(best, i - left + 1);
  }
  return best;
}

function generate({ n, kind, alphabet = "printable" }, rng) {
  assert(Number.isInteger(n) && n >= 0 && n <= 50000, `n = ${n}`);
  const letters = [];
  if (alphabet === "lower") for (let c = 97; c <= 122; c++) letters.push(String.fromCharCode(c));
  else {
    assert(alphabet === "printable", `unknown alphabet '${alphabet}'`);
    for (let c = 32; c <= 126; c++) letters.push(String.fromCharCode(c));
  }
  const chars = new Array(n);
  if (kind === "random") {
    for (let i = 0; i < n; i++) chars[i] = rng.pick(letters);
  } else if (kind === "cycle") {
    for (let i = 0; i < n; i++) chars[i] = letters[i % letters.length];
  } else {
    assert(kind === "repeat", `unknown kind '${kind}'`);
    const c = rng.pick(letters);
    chars.fill(c);
  }
  const s = chars.join("");
  return { in: { s }, out: longest(s) };
}
