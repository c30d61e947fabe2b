// Boards and word lists; the answer comes from a trie walked over the board once (see solve below).
//
//   generate: {seed, m, n, letters, count, walkShare}
//     a board of random letters among the first `letters`; `count` distinct words, walkShare percent of them
//     read along random self-avoiding walks of the board (1..10 cells, so they are found) and the others
//     random strings of 1..10 of the same letters (mostly not found).
//   generate: {seed, m, n, field, others, count}
//     an "a-field": a board of a's with `others` cells of random other letters; `count` distinct words made of
//     `field` a's and 1..(10 - field) other letters. Every word shares the prefix of a's, which has many paths.
// Draws come from a xorshift32 stream seeded by rng (rng.int allocates on every call, and Jint counts every
// allocation against the generator's memory limit).
const ALPHABET = "abcdefghijklmnopqrstuvwxyz";

function generate({ m, n, letters, count, walkShare, field, others }, rng) {
  assert(m >= 1 && m <= 12 && n >= 1 && n <= 12, `board ${m} x ${n}`);
  assert(count >= 1 && count <= 30000, `count = ${count}`);
  let state = rng.int(1, 0xffffffff) | 0;
  const next = (k) => { state ^= state << 13; state ^= state >>> 17; state ^= state << 5; return (state >>> 1) % k; };
  const cells = m * n;
  const code = new Int32Array(cells);
  const words = [], seen = new Set();
  const add = (w) => { if (!seen.has(w)) { seen.add(w); words.push(w); } };
  if (field !== undefined) {
    assert(field >= 1 && field <= 9 && others <= cells, `field = ${field}, others = ${others}`);
    for (let k = 0; k < others; k++) code[next(cells)] = 1 + next(25);
    const prefix = "a".repeat(field);
    const room = 10 - field;
    let variety = 0, p = 1;
    for (let len = 1; len <= room; len++) { p *= 25; variety += p; }
    assert(count <= variety, `only ${variety} words of that form`);
    while (words.length < count) {
      let w = prefix;
      const len = 1 + next(room);
      for (let i = 0; i < len; i++) w += ALPHABET[1 + next(25)];
      add(w);
    }
  } else {
    for (let c = 0; c < cells; c++) code[c] = next(letters);
    const used = new Uint8Array(cells);
    const path = [];
    let attempts = 0;
    while (words.length < count) {
      assert(++attempts < 50 * count, "cannot find enough distinct words");
      const len = 1 + next(10);
      let w = "";
      if (next(100) < walkShare) {
        let c = next(cells);
        path.length = 0;
        for (;;) {
          used[c] = 1;
          path.push(c);
          w += ALPHABET[code[c]];
          if (w.length === len) break;
          const r = (c / n) | 0, col = c % n;
          const options = [];
          if (r > 0 && !used[c - n]) options.push(c - n);
          if (r + 1 < m && !used[c + n]) options.push(c + n);
          if (col > 0 && !used[c - 1]) options.push(c - 1);
          if (col + 1 < n && !used[c + 1]) options.push(c + 1);
          if (options.length === 0) break;
          c = options[next(options.length)];
        }
        for (const c of path) used[c] = 0;
      } else {
        for (let i = 0; i < len; i++) w += ALPHABET[next(letters)];
      }
      add(w);
    }
  }
  const board = [];
  for (let r = 0; r < m; r++) {
    const row = [];
    for (let col = 0; col < n; col++) row.push(ALPHABET[code[r * n + col]]);
    board.push(row);
  }
  return { in: { board, words }, out: solve(m, n, code, words) };
}

// The words found on the board: a trie of the words in one Int32Array (node u's child along letter k is
// next[26 * u + k], 0 for none), walked from every cell by an iterative depth-first search that marks the
// cells on the current path.
function solve(m, n, code, words) {
  let room = 1;
  for (const w of words) room += w.length;
  const next = new Int32Array(26 * room), wordAt = new Int32Array(room).fill(-1);
  let nodes = 1;
  words.forEach((w, index) => {
    let u = 0;
    for (let i = 0; i < w.length; i++) {
      const k = 26 * u + w.charCodeAt(i) - 97;
      if (next[k] === 0) next[k] = nodes++;
      u = next[k];
    }
    wordAt[u] = index;
  });
  const cells = m * n;
  const used = new Uint8Array(cells), found = new Uint8Array(words.length);
  const stCell = new Int32Array(11), stNode = new Int32Array(11), stDir = new Int32Array(11);
  for (let s = 0; s < cells; s++) {
    const u0 = next[code[s]];
    if (u0 === 0) continue;
    if (wordAt[u0] >= 0) found[wordAt[u0]] = 1;
    let depth = 0;
    stCell[0] = s; stNode[0] = u0; stDir[0] = 0; used[s] = 1;
    while (depth >= 0) {
      const c = stCell[depth], d = stDir[depth];
      if (d === 4) { used[c] = 0; depth--; continue; }
      stDir[depth] = d + 1;
      const r = (c / n) | 0, col = c % n;
      let t;
      if (d === 0) { if (r === 0) continue; t = c - n; }
      else if (d === 1) { if (r + 1 === m) continue; t = c + n; }
      else if (d === 2) { if (col === 0) continue; t = c - 1; }
      else { if (col + 1 === n) continue; t = c + 1; }
      if (used[t] === 1) continue;
      const v = next[26 * stNode[depth] + code[t]];
      if (v === 0) continue;
      if (wordAt[v] >= 0) found[wordAt[v]] = 1;
      depth++;
      stCell[depth] = t; stNode[depth] = v; stDir[depth] = 0; used[t] = 1;
    }
  }
  return words.filter((_, i) => found[i] === 1);
}
