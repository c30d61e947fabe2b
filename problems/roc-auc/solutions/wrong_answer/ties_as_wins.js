// Plausible bug: counts a tie as a full win for the positive (>= instead of > plus a half for =).
var rocAuc = function(scores, labels) {
    const n = scores.length;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
    let negSoFar = 0, wins = 0, pos = 0;
    for (let i = 0; i < n; ) {
        let j = i, q = 0;
        while (j < n && scores[order[j]] === scores[order[i]]) {
            if (labels[order[j]] === 0) q++;
            j++;
        }
        negSoFar += q; // negatives at or below this score
        for (let t = i; t < j; t++) {
            if (labels[order[t]] === 1) { wins += negSoFar; pos++; }
        }
        i = j;
    }
    return wins / (pos * (n - pos));
};
