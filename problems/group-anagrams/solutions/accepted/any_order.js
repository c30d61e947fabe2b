// Groups by letter counts like ref.js, then returns the groups and the strings inside them in another order
// (groups by their key, backwards; strings reversed alphabetical): the checker must accept any order.
var groupAnagrams = function(strs) {
    const groups = new Map();
    for (const s of strs) {
        const key = s.split("").sort().join("");
        if (!groups.has(key)) {
            groups.set(key, []);
        }
        groups.get(key).push(s);
    }
    return [...groups.keys()].sort().reverse().map((key) => groups.get(key).sort().reverse());
};
