/**
 * @param {number[][]} times
 * @param {number} n
 * @param {number} k
 * @return {number}
 */
var networkDelayTime = function(times, n, k) {
    // Adjacency lists in compressed form: the edges of u are to/wt[start[u] .. start[u + 1] - 1].
    const m = times.length;
    const start = new Int32Array(n + 2), to = new Int32Array(m), wt = new Int32Array(m);
    for (const e of times) start[e[0] + 1]++;
    for (let u = 1; u <= n + 1; u++) start[u] += start[u - 1];
    const fill = start.slice();
    for (const [u, v, w] of times) {
        const p = fill[u]++;
        to[p] = v;
        wt[p] = w;
    }
    // Dijkstra with a lazy binary min-heap of (distance, node) pairs.
    const dist = new Int32Array(n + 1).fill(-1);
    const hd = [], hn = [];
    const push = (d, v) => {
        let i = hd.length;
        hd.push(d); hn.push(v);
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (hd[p] <= d) break;
            hd[i] = hd[p]; hn[i] = hn[p];
            i = p;
        }
        hd[i] = d; hn[i] = v;
    };
    const pop = () => {
        const d = hd.pop(), v = hn.pop(), size = hd.length;
        if (size === 0) return;
        let i = 0;
        while (true) {
            let c = 2 * i + 1;
            if (c >= size) break;
            if (c + 1 < size && hd[c + 1] < hd[c]) c++;
            if (hd[c] >= d) break;
            hd[i] = hd[c]; hn[i] = hn[c];
            i = c;
        }
        hd[i] = d; hn[i] = v;
    };
    push(0, k);
    let reached = 0, latest = 0;
    while (hd.length > 0) {
        const d = hd[0], u = hn[0];
        pop();
        if (dist[u] >= 0) continue;
        dist[u] = d;
        reached++;
        latest = d;
        for (let p = start[u]; p < start[u + 1]; p++) {
            if (dist[to[p]] < 0) push(d + wt[p], to[p]);
        }
    }
    return reached === n ? latest : -1;
};
