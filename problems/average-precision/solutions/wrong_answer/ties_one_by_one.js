// Plausible bug: the "rank" formula, AP = mean over positives of precision at that positive's rank, with ranks
// taken from the sort order. Examples with equal scores are then split into several thresholds, in whatever
// order the sort left them, instead of forming one step.
var averagePrecision = function(labels, scores) {
    const n = labels.length;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b] - scores[a]);
    let tp = 0, sum = 0;
    for (let r = 0; r < n; r++) {
        if (labels[order[r]] === 1) {
            tp++;
            sum += tp / (r + 1);
        }
    }
    return sum / tp;
};
