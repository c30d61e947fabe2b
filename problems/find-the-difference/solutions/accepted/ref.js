/**
 * @param {string} s
 * @param {string} t
 * @return {string}
 */
var findTheDifference = function(s, t) {
    // Letter counts: t's up, s's down; the added letter is the only one left at 1.
    const count = new Int32Array(26);
    for (let i = 0; i < t.length; i++) {
        count[t.charCodeAt(i) - 97]++;
    }
    for (let i = 0; i < s.length; i++) {
        count[s.charCodeAt(i) - 97]--;
    }
    for (let c = 0; c < 26; c++) {
        if (count[c] > 0) {
            return String.fromCharCode(97 + c);
        }
    }
    return "";
};
