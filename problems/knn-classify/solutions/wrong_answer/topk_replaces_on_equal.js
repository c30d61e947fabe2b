// Plausible bug: keeps the k best points in a buffer sorted by distance and lets a new point in when its
// distance is <= the worst kept one (and inserts it before equal distances). On equal distances the LATER
// training index wins, instead of the lower one.
var knnClassify = function(trainX, trainY, queries, k) {
    return queries.map((p) => {
        const best = []; // [distance^2, index], nearest first
        trainX.forEach((row, i) => {
            let s = 0;
            for (let j = 0; j < p.length; j++) s += (row[j] - p[j]) ** 2;
            if (best.length === k && s > best[k - 1][0]) return;
            let at = best.length;
            while (at > 0 && best[at - 1][0] >= s) at--;
            best.splice(at, 0, [s, i]);
            if (best.length > k) best.pop();
        });
        const votes = new Map();
        for (const [, i] of best) votes.set(trainY[i], (votes.get(trainY[i]) || 0) + 1);
        let label = Infinity, top = 0;
        for (const [c, count] of votes) {
            if (count > top || (count === top && c < label)) {
                label = c;
                top = count;
            }
        }
        return label;
    });
};
