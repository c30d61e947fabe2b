// The definition evaluated directly: for every distinct score, scan all examples to count TP and FP at that
// threshold. Correct, but O(n m): 4 * 10^10 steps when all 2 * 10^5 scores are distinct.
var averagePrecision = function(labels, scores) {
    const thresholds = [...new Set(scores)].sort((a, b) => b - a);
    const positives = labels.reduce((s, y) => s + y, 0);
    let ap = 0, prevRecall = 0;
    for (const t of thresholds) {
        let tp = 0, fp = 0;
        for (let i = 0; i < labels.length; i++) {
            if (scores[i] >= t) {
                if (labels[i] === 1) tp++; else fp++;
            }
        }
        const recall = tp / positives;
        ap += (recall - prevRecall) * (tp / (tp + fp));
        prevRecall = recall;
    }
    return ap;
};
