// Plausible bug: multiplies the probabilities instead of adding logarithms. For a document of a few hundred
// words the product underflows to 0 for every class, all classes "tie", and the smallest label is predicted.
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
        const prob = labels.map((_, c) => {
            let p = docs[c] / n;
            for (let j = 0; j < v; j++) p *= Math.pow((counts[c][j] + 1) / (total[c] + v), q[j]);
            return p;
        });
        const best = Math.max(...prob);
        return labels[prob.findIndex((p) => p >= best)];
    });
};
