// The statement's constraints: 1..10^4 strings of 0..100 lowercase English letters. Messages only on failure.
function validate({ strs }) {
  assert(strs.length >= 1 && strs.length <= 10000, `strs has ${strs.length} strings; 1..10^4`);
  for (let i = 0; i < strs.length; i++) {
    const s = strs[i];
    if (s.length > 100) assert(false, `strs[${i}] has ${s.length} characters; 0..100`);
    if (!/^[a-z]*$/.test(s)) assert(false, `strs[${i}] has a character other than a..z`);
  }
}
