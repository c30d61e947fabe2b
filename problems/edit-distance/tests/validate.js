// The statement's constraints: both words 0..500 characters long, lowercase English letters only.
function validate({ word1, word2 }) {
  for (const [name, w] of [["word1", word1], ["word2", word2]]) {
    assert(w.length <= 500, `${name} has ${w.length} characters; 0..500`);
    assert(/^[a-z]*$/.test(w), `${name} has a character that is not a lowercase English letter`);
  }
}
