// The recurrence written as plain recursion, without memoisation: exponential time.
var longestCommonSubsequence = function(text1, text2) {
    const lcs = (i, j) => {
        if (i === text1.length || j === text2.length) {
            return 0;
        }
        if (text1[i] === text2[j]) {
            return 1 + lcs(i + 1, j + 1);
        }
        return Math.max(lcs(i + 1, j), lcs(i, j + 1));
    };
    return lcs(0, 0);
};
