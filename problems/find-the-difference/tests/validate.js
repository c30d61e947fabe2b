// The statement's constraints: s has 0..10^5 lowercase letters, and t is s shuffled with one more letter.
function validate({ s, t }) {
  assert(s.length <= 100000, `s has ${s.length} letters; 0..10^5`);
  assert(t.length === s.length + 1, `t has ${t.length} letters; s.length + 1 = ${s.length + 1}`);
  assert(/^[a-z]*$/.test(s), "s has a character other than a lowercase letter");
  assert(/^[a-z]+$/.test(t), "t has a character other than a lowercase letter");
  const count = new Array(26).fill(0);
  for (let i = 0; i < t.length; i++) count[t.charCodeAt(i) - 97]++;
  for (let i = 0; i < s.length; i++) count[s.charCodeAt(i) - 97]--;
  assert(count.every((c) => c >= 0) && count.filter((c) => c === 1).length === 1 && count.every((c) => c <= 1),
    "t is not s shuffled with exactly one letter added");
}
