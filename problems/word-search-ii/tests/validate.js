// The statement's constraints: a 1..12 x 1..12 board of lowercase letters; 1..3*10^4 distinct words of 1..10
// lowercase letters. Messages only on failure.
function validate({ board, words }) {
  const m = board.length;
  assert(m >= 1 && m <= 12, `the board has ${m} rows; 1..12`);
  const n = board[0].length;
  assert(n >= 1 && n <= 12, `the board has ${n} columns; 1..12`);
  board.forEach((row, r) => {
    assert(row.length === n, `row ${r} has ${row.length} cells, row 0 has ${n}`);
    row.forEach((ch, c) => assert(/^[a-z]$/.test(ch), `board[${r}][${c}] = '${ch}' is not a lowercase letter`));
  });
  assert(words.length >= 1 && words.length <= 30000, `${words.length} words; 1..3*10^4`);
  const seen = new Set();
  words.forEach((w, i) => {
    assert(/^[a-z]{1,10}$/.test(w), `words[${i}] = '${w}' is not 1..10 lowercase letters`);
    assert(!seen.has(w), `words[${i}] = '${w}' appears twice`);
    seen.add(w);
  });
}
