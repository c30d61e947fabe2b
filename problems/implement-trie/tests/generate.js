// Sequences of Trie calls; the answers come from a trie simulated here (see simulate below).
//
//   generate: {seed, kind: "mixed", ops, letters, stems, stemMin, stemMax, sufMax}
//     ops calls after the constructor, half inserts, a quarter each search and startsWith. Words are one of
//     `stems` random stems (stemMin..stemMax letters from the first `letters` letters) plus a random suffix of
//     0..sufMax letters. Queries ask for inserted words, their proper prefixes, inserted words with 1..3 more
//     letters, and fresh words, so about half of them miss.
//   generate: {seed, kind: "chain", maxLen, step, queries}
//     words of one letter: "a" * L for every L that is a multiple of step (in random order), with up to
//     `queries` searches and startsWith of random lengths 1..maxLen interleaved (after each insert, one more
//     with probability 1/2), then a search of every length.
function generate(args, rng) {
  // Draws come from a xorshift32 stream seeded by rng (rng.int costs about 20 interpreted statements and
  // allocates on every call, and Jint counts every allocation against the generator's memory limit).
  let state = rng.int(1, 0xffffffff) | 0;
  const next = (m) => { state ^= state << 13; state ^= state >>> 17; state ^= state << 5; return (state >>> 1) % m; };
  const operations = ["Trie"], argumentsList = [[]];
  const call = (op, s) => {
    assert(s.length >= 1 && s.length <= 2000, `${op} of ${s.length} letters`);
    operations.push(op);
    argumentsList.push([s]);
  };
  if (args.kind === "chain") {
    const { maxLen, step, queries } = args;
    const lengths = [];
    for (let l = step; l <= maxLen; l += step) lengths.push(l);
    rng.shuffle(lengths);
    const line = "a".repeat(maxLen);
    let q = queries;
    for (const l of lengths) {
      call("insert", line.slice(0, l));
      for (; q > 0; q--) {
        call(next(2) === 0 ? "search" : "startsWith", line.slice(0, 1 + next(maxLen)));
        if (next(2) === 0) break;
      }
    }
    for (let l = 1; l <= maxLen; l++) call("search", line.slice(0, l));
  } else {
    assert(args.kind === "mixed", `unknown kind '${args.kind}'`);
    const { ops, letters, stems, stemMin, stemMax, sufMax } = args;
    // Random strings are slices of one random text, drawn once.
    let text = "";
    for (let i = 0; i < 20000; i++) text += "abcdefghijklmnopqrstuvwxyz"[next(letters)];
    const randomString = (len) => { const at = next(text.length - len + 1); return text.slice(at, at + len); };
    const stemList = [];
    for (let i = 0; i < stems; i++) stemList.push(randomString(stemMin + next(stemMax - stemMin + 1)));
    const fresh = () => stemList[next(stems)] + randomString(next(sufMax + 1));
    const inserted = [];
    for (let i = 0; i < ops; i++) {
      const r = next(4);
      if (r <= 1 || (inserted.length === 0 && next(2) === 0)) {
        const w = fresh();
        inserted.push(w);
        call("insert", w);
        continue;
      }
      const t = next(10);
      let s;
      if (inserted.length === 0 || t >= 8) s = fresh();
      else {
        const w = inserted[next(inserted.length)];
        if (t < 3) s = w;
        else if (t < 6 && w.length > 1) s = w.slice(0, 1 + next(w.length - 1));
        else s = (w + randomString(1 + next(3))).slice(0, 2000);
      }
      call(r === 2 ? "search" : "startsWith", s);
    }
  }
  return { in: { operations, arguments: argumentsList }, out: simulate(operations, argumentsList) };
}

// A trie in one Int32Array: node u's child along letter c is next[26 * u + c] (0: none; the root is node 0 and
// is nobody's child). Room for one node per inserted letter, plus the root.
function simulate(operations, argumentsList) {
  let room = 1;
  for (let i = 1; i < operations.length; i++) if (operations[i] === "insert") room += argumentsList[i][0].length;
  const next = new Int32Array(26 * room), end = new Uint8Array(room);
  let nodes = 1;
  const walk = (s, create) => {
    let u = 0;
    for (let i = 0; i < s.length; i++) {
      const k = 26 * u + s.charCodeAt(i) - 97;
      if (next[k] === 0) {
        if (!create) return -1;
        next[k] = nodes++;
      }
      u = next[k];
    }
    return u;
  };
  const out = [null];
  for (let i = 1; i < operations.length; i++) {
    const s = argumentsList[i][0];
    if (operations[i] === "insert") { end[walk(s, true)] = 1; out.push(null); }
    else if (operations[i] === "search") { const u = walk(s, false); out.push(u >= 0 && end[u] === 1); }
    else out.push(walk(s, false) >= 0);
  }
  return out;
}
