// The definition evaluated directly: every (positive, negative) pair, O(|P| |N|).
var rocAuc = function(scores, labels) {
    const pos = [], neg = [];
    scores.forEach((s, i) => (labels[i] === 1 ? pos : neg).push(s));
    let total = 0;
    for (const p of pos)
        for (const q of neg)
            total += p > q ? 1 : p === q ? 0.5 : 0;
    return total / (pos.length * neg.length);
};
