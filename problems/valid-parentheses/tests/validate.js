// The statement's constraints: 1 <= s.length <= 10^4, only the characters ()[]{}. Messages only on failure.
function validate({ s }) {
  assert(s.length >= 1 && s.length <= 10000, `s has ${s.length} characters; 1..10^4`);
  const bad = s.search(/[^()[\]{}]/);
  assert(bad < 0, `s[${bad}] = ${JSON.stringify(s[bad])}; only ()[]{} allowed`);
}
