/**
 * @param {number[]} labels
 * @param {number[]} scores
 * @return {number}
 */
var averagePrecision = function(labels, scores) {
    const n = labels.length;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b] - scores[a]);
    let positives = 0;
    for (const y of labels) positives += y;
    // Sweep the groups of equal scores from the highest: each group is one threshold.
    let tp = 0, fp = 0, ap = 0;
    for (let i = 0; i < n; ) {
        let j = i, p = 0;
        while (j < n && scores[order[j]] === scores[order[i]]) {
            if (labels[order[j]] === 1) p++; else fp++;
            j++;
        }
        tp += p;
        if (p > 0) ap += (p / positives) * (tp / (tp + fp)); // (R_k - R_{k-1}) * P_k
        i = j;
    }
    return ap;
};
