// Takes the first string not yet grouped and compares it, letter counts against letter counts, with every later
// string not yet grouped: O(n^2 * k) when most strings are in groups of their own.
var groupAnagrams = function(strs) {
    const isAnagram = (a, b) => {
        if (a.length !== b.length) {
            return false;
        }
        const count = new Array(26).fill(0);
        for (let i = 0; i < a.length; i++) {
            count[a.charCodeAt(i) - 97]++;
            count[b.charCodeAt(i) - 97]--;
        }
        return count.every((x) => x === 0);
    };
    const n = strs.length, used = new Array(n).fill(false), result = [];
    for (let i = 0; i < n; i++) {
        if (used[i]) {
            continue;
        }
        const group = [strs[i]];
        used[i] = true;
        for (let j = i + 1; j < n; j++) {
            if (!used[j] && isAnagram(strs[i], strs[j])) {
                group.push(strs[j]);
                used[j] = true;
            }
        }
        result.push(group);
    }
    return result;
};
