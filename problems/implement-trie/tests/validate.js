// The statement's constraints: the constructor first (no arguments), then at most 10^5 calls of insert, search
// and startsWith, each with one string of 1..2000 lowercase letters, 2 * 10^6 letters in all. Messages only on
// failure.
function validate({ operations, arguments: args }) {
  assert(operations.length === args.length, "operations and arguments differ in length");
  assert(operations[0] === "Trie" && args[0].length === 0, "the first operation must be Trie()");
  const calls = operations.length - 1;
  assert(calls <= 100000, `${calls} calls; at most 10^5`);
  let letters = 0;
  for (let i = 1; i < operations.length; i++) {
    assert(["insert", "search", "startsWith"].includes(operations[i]), `operation ${i} is ${operations[i]}`);
    const s = args[i][0];
    assert(args[i].length === 1 && typeof s === "string", `operation ${i} takes one string`);
    assert(s.length >= 1 && s.length <= 2000, `operation ${i}: a string of ${s.length} letters; 1..2000`);
    assert(/^[a-z]+$/.test(s), `operation ${i}: '${s.slice(0, 20)}' is not lowercase letters only`);
    letters += s.length;
  }
  assert(letters <= 2000000, `${letters} letters in all; at most 2 * 10^6`);
}
