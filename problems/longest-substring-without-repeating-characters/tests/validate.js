// The statement's constraints: 0 <= s.length <= 5 * 10^4, every character printable ASCII (codes 32..126).
// Messages only on failure: cases reach 5 * 10^4 characters.
function validate({ s }) {
  const n = s.length;
  assert(n <= 50000, `s has ${n} characters; 0..5 * 10^4`);
  for (let i = 0; i < n; i++) {
    const code = s.charCodeAt(i);
    if (!(code >= 32 && code <= 126)) assert(false, `s[${i}] has code ${code}; printable ASCII is 32..126`);
  }
}
