// Plausible bug: uses <= when looking for the nearest centroid, so ties go to the
// highest index instead of the lowest.
var kmeansStep = function(points, centroids) {
    const k = centroids.length, d = centroids[0].length;
    const sums = centroids.map(() => new Array(d).fill(0));
    const counts = new Array(k).fill(0);
    for (const p of points) {
        let best = 0, bestDist = Infinity;
        for (let j = 0; j < k; j++) {
            let dist = 0;
            for (let t = 0; t < d; t++) dist += (p[t] - centroids[j][t]) ** 2;
            if (dist <= bestDist) { bestDist = dist; best = j; }
        }
        counts[best]++;
        for (let t = 0; t < d; t++) sums[best][t] += p[t];
    }
    return centroids.map((c, j) => counts[j] > 0 ? sums[j].map(s => s / counts[j]) : c.slice());
};
