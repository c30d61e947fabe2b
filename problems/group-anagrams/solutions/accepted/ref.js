/**
 * @param {string[]} strs
 * @return {string[][]}
 */
var groupAnagrams = function(strs) {
    // Anagrams have the same letter counts: use the 26 counts, joined with a separator, as the key.
    const groups = new Map();
    for (const s of strs) {
        const counts = new Array(26).fill(0);
        for (let i = 0; i < s.length; i++) {
            counts[s.charCodeAt(i) - 97]++;
        }
        const key = counts.join(",");
        let group = groups.get(key);
        if (group === undefined) {
            group = [];
            groups.set(key, group);
        }
        group.push(s);
    }
    return [...groups.values()];
};
