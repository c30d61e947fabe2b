/**
 * @param {number[]} scores
 * @param {number[]} labels
 * @return {number}
 */
var rocAuc = function(scores, labels) {
    const n = scores.length;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
    // Mann-Whitney U: tied scores share the average of the ranks they span (ranks are 1-based).
    let rankSumPos = 0, pos = 0;
    for (let i = 0; i < n; ) {
        let j = i;
        while (j < n && scores[order[j]] === scores[order[i]]) j++;
        const avgRank = (i + 1 + j) / 2;
        for (let t = i; t < j; t++) {
            if (labels[order[t]] === 1) {
                rankSumPos += avgRank;
                pos++;
            }
        }
        i = j;
    }
    const neg = n - pos;
    return (rankSumPos - pos * (pos + 1) / 2) / (pos * neg);
};
