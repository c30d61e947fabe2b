/**
 * @param {string} text1
 * @param {string} text2
 * @return {number}
 */
var longestCommonSubsequence = function(text1, text2) {
    // prev[j] = LCS of text1[0..i) and text2[0..j); cur is the row for i + 1. Column 0 stays 0.
    const n = text2.length;
    let prev = new Int32Array(n + 1), cur = new Int32Array(n + 1);
    for (let i = 0; i < text1.length; i++) {
        const c = text1[i];
        for (let j = 0; j < n; j++) {
            cur[j + 1] = c === text2[j] ? prev[j] + 1 : Math.max(prev[j + 1], cur[j]);
        }
        [prev, cur] = [cur, prev];
    }
    return prev[n];
};
