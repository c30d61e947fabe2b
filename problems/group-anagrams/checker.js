// Custom checker for group-anagrams: the groups may come in any order, and the strings inside a group too.
//
// expected is one correct grouping (the reference's). Both groupings are put in a canonical form: each group
// sorted, then compared as a multiset of groups. actual is whatever the submission returned, decoded from JSON:
// it is never trusted.

function describe(value) {
  // A short description of a value of unknown type, never its full text (it may be huge).
  if (value === null) return "null";
  if (typeof value === "boolean") return "a boolean";
  if (typeof value === "number") return "a number";
  if (typeof value === "string") return "a string";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return "an object";
}

function quote(text) {
  return text.length <= 24 ? JSON.stringify(text) : JSON.stringify(text.slice(0, 20)) + "...";
}

function show(group) {
  // At most the first 4 strings of a sorted group, each shortened.
  const shown = group.slice(0, 4).map(quote).join(", ");
  return "[" + shown + (group.length > 4 ? `, ... (${group.length} strings)` : "") + "]";
}

function check(input, expected, actual) {
  if (!Array.isArray(actual)) {
    return [false, `expected an array of groups, got ${describe(actual)}`];
  }
  let total = 0;
  for (let g = 0; g < actual.length; g++) {
    const group = actual[g];
    if (!Array.isArray(group)) {
      return [false, `group ${g} is ${describe(group)}, not an array of strings`];
    }
    if (group.length === 0) {
      return [false, `group ${g} is empty`];
    }
    for (let k = 0; k < group.length; k++) {
      if (typeof group[k] !== "string") {
        return [false, `group ${g} holds ${describe(group[k])} at index ${k}, not a string`];
      }
    }
    total += group.length;
  }
  const n = input.strs.length;
  if (total !== n) {
    return [false, `the groups hold ${total} strings in all, but strs has ${n}`];
  }

  // Canonical key of a group: its strings sorted, as JSON text. Count the expected keys, then take the actual
  // ones away.
  const keyOf = (group) => JSON.stringify(group.slice().sort());
  const wanted = new Map();
  for (const group of expected) {
    const key = keyOf(group);
    wanted.set(key, (wanted.get(key) || 0) + 1);
  }
  for (let g = 0; g < actual.length; g++) {
    const key = keyOf(actual[g]);
    const left = wanted.get(key) || 0;
    if (left === 0) {
      const sorted = actual[g].slice().sort();
      if (wanted.has(key)) {
        return [false, `the group ${show(sorted)} appears more than once`];
      }
      const letters = (s) => s.split("").sort().join("");
      const first = letters(actual[g][0]);
      for (let k = 1; k < actual[g].length; k++) {
        if (letters(actual[g][k]) !== first) {
          return [false, `group ${g} mixes ${quote(actual[g][0])} and ${quote(actual[g][k])}, which are not anagrams`];
        }
      }
      return [false, `group ${g}, ${show(sorted)}, is not one of the expected groups: it misses some anagrams of its strings or holds a string that strs does not`];
    }
    wanted.set(key, left - 1);
  }
  for (const [key, left] of wanted) {
    if (left > 0) {
      return [false, `the expected group ${show(JSON.parse(key))} is missing`];
    }
  }
  return true;
}
