// Plausible bug: solves the longest common SUBSTRING instead. On a mismatch the run is reset to 0 instead
// of carrying the best of the neighbours, so only contiguous matches count: "abcde" and "axbxcxdxe" give 1,
// not 5.
var longestCommonSubsequence = function(text1, text2) {
    const m = text1.length, n = text2.length;
    const dp = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(0));
    let best = 0;
    for (let i = 1; i <= m; i++) {
        for (let j = 1; j <= n; j++) {
            if (text1[i - 1] === text2[j - 1]) {
                dp[i][j] = dp[i - 1][j - 1] + 1;
                best = Math.max(best, dp[i][j]);
            } else {
                dp[i][j] = 0;
            }
        }
    }
    return best;
};
