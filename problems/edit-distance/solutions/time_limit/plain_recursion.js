// The recurrence written as plain recursion, without memoisation: exponential time.
var minDistance = function(word1, word2) {
    const dist = (i, j) => {
        if (i === 0) {
            return j;
        }
        if (j === 0) {
            return i;
        }
        if (word1[i - 1] === word2[j - 1]) {
            return dist(i - 1, j - 1);
        }
        return 1 + Math.min(dist(i - 1, j - 1), dist(i - 1, j), dist(i, j - 1));
    };
    return dist(word1.length, word2.length);
};
