// Plausible bug: a "hash" of the letters instead of the letters themselves: the length and the sum of the
// character codes. Anagrams do get equal keys, but so do other strings: "ad" and "bc" both have length 2 and
// code sum 197.
var groupAnagrams = function(strs) {
    const groups = new Map();
    for (const s of strs) {
        let sum = 0;
        for (let i = 0; i < s.length; i++) {
            sum += s.charCodeAt(i);
        }
        const key = s.length + ":" + sum;
        if (!groups.has(key)) {
            groups.set(key, []);
        }
        groups.get(key).push(s);
    }
    return [...groups.values()];
};
