// Checks every substring s[i..j] for a repeated character: about 1.25 * 10^9 substrings
// at n = 5 * 10^4, each check up to O(alphabet).
var lengthOfLongestSubstring = function(s) {
    const allUnique = (i, j) => {
        const seen = new Set();
        for (let k = i; k <= j; k++) {
            if (seen.has(s[k])) {
                return false;
            }
            seen.add(s[k]);
        }
        return true;
    };
    const n = s.length;
    let best = 0;
    for (let i = 0; i < n; i++) {
        for (let j = i; j < n; j++) {
            if (allUnique(i, j)) {
                best = Math.max(best, j - i + 1);
            }
        }
    }
    return best;
};
