/**
 * @param {string} s
 * @return {number}
 */
var lengthOfLongestSubstring = function(s) {
    const last = new Map();  // character -> latest index
    let best = 0, left = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        const j = last.get(c);
        if (j !== undefined && j >= left) {
            left = j + 1;
        }
        last.set(c, i);
        if (i - left + 1 > best) {
            best = i - left + 1;
        }
    }
    return best;
};
