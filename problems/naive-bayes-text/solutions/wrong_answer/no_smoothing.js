// Plausible bug: maximum-likelihood word probabilities T_cj / T_c with no smoothing. A query word never seen in
// a class's training documents sends that class's score to log 0 = -Infinity, however well the rest fits.
var naiveBayesText = function(trainCounts, trainLabels, queries) {
    const n = trainCounts.length, v = trainCounts[0].length;
    const labels = [...new Set(trainLabels)].sort((a, b) => a - b);
    const docs = labels.map(() => 0), total = labels.map(() => 0);
    const counts = labels.map(() => new Array(v).fill(0));
    trainCounts.forEach((row, i) => {
        const c = labels.indexOf(trainLabels[i]);
        docs[c]++;
        for (let j = 0; j < v; j++) {
            counts[c][j] += row[j];
            total[c] += row[j];
        }
    });
    return queries.map((q) => {
        let best = -Infinity, pick = labels[0];
        labels.forEach((label, c) => {
            let s = Math.log(docs[c] / n);
            for (let j = 0; j < v; j++) if (q[j] > 0) s += q[j] * Math.log(counts[c][j] / total[c]);
            if (s > best + 1e-9) {
                best = s;
                pick = label;
            }
        });
        return pick;
    });
};
