// Plausible bug: fills the table but leaves the first row and column at 0, as if turning a
// prefix into the empty string were free. "abc" -> "" comes out as 0 instead of 3.
var minDistance = function(word1, word2) {
    const m = word1.length, n = word2.length;
    const d = [];
    for (let i = 0; i <= m; i++) {
        d.push(new Array(n + 1).fill(0));
    }
    for (let i = 1; i <= m; i++) {
        for (let j = 1; j <= n; j++) {
            if (word1[i - 1] === word2[j - 1]) {
                d[i][j] = d[i - 1][j - 1];
            } else {
                d[i][j] = 1 + Math.min(d[i - 1][j - 1], d[i - 1][j], d[i][j - 1]);
            }
        }
    }
    return d[m][n];
};
