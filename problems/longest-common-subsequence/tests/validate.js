// The statement's constraints: both strings 1..2000 lowercase English letters. Messages only on failure.
function validate({ text1, text2 }) {
  for (const [name, text] of [["text1", text1], ["text2", text2]]) {
    assert(text.length >= 1 && text.length <= 2000, `${name} has ${text.length} characters; 1..2000`);
    assert(/^[a-z]+$/.test(text), `${name} has a character other than a..z`);
  }
}
