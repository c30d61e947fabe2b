// Plausible bug: divides without guarding against zero denominators. With no predicted
// positives (or no actual positives) 0 / 0 gives NaN instead of the defined 0.0.
var precisionRecallF1 = function(yTrue, yPred) {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < yTrue.length; i++) {
        if (yPred[i] === 1 && yTrue[i] === 1) tp++;
        else if (yPred[i] === 1) fp++;
        else if (yTrue[i] === 1) fn++;
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const f1 = 2 * precision * recall / (precision + recall);
    return [precision, recall, f1];
};
