/**
 * @param {number[]} yTrue
 * @param {number[]} yPred
 * @return {number[]}
 */
var precisionRecallF1 = function(yTrue, yPred) {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < yTrue.length; i++) {
        if (yPred[i] === 1) {
            if (yTrue[i] === 1) tp++; else fp++;
        } else if (yTrue[i] === 1) {
            fn++;
        }
    }
    const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
    const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
    const f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    return [precision, recall, f1];
};
