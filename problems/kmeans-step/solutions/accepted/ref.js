/**
 * @param {number[][]} points
 * @param {number[][]} centroids
 * @return {number[][]}
 */
var kmeansStep = function(points, centroids) {
    const k = centroids.length;
    const d = centroids[0].length;
    const sums = centroids.map(() => new Array(d).fill(0));
    const counts = new Array(k).fill(0);
    for (const p of points) {
        let best = 0;
        let bestDist = Infinity;
        for (let j = 0; j < k; j++) {
            let dist = 0;
            for (let t = 0; t < d; t++) {
                const diff = p[t] - centroids[j][t];
                dist += diff * diff;
            }
            if (dist < bestDist) {
                bestDist = dist;
                best = j;
            }
        }
        counts[best]++;
        for (let t = 0; t < d; t++) sums[best][t] += p[t];
    }
    return centroids.map((c, j) => counts[j] > 0 ? sums[j].map(s => s / counts[j]) : c.slice());
};
