// Plausible bug: a correct Dijkstra, but it adds up the shortest times instead of taking the largest.
// The signal travels along all edges at once, so the network is done when the last node is reached.
var networkDelayTime = function(times, n, k) {
    const adj = Array.from({ length: n + 1 }, () => []);
    for (const [u, v, w] of times) adj[u].push([v, w]);
    const dist = new Array(n + 1).fill(Infinity);
    dist[k] = 0;
    const heap = [[0, k]];
    const up = (i) => {
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (heap[p][0] <= heap[i][0]) break;
            [heap[p], heap[i]] = [heap[i], heap[p]];
            i = p;
        }
    };
    const down = (i) => {
        while (true) {
            let c = 2 * i + 1;
            if (c >= heap.length) break;
            if (c + 1 < heap.length && heap[c + 1][0] < heap[c][0]) c++;
            if (heap[i][0] <= heap[c][0]) break;
            [heap[c], heap[i]] = [heap[i], heap[c]];
            i = c;
        }
    };
    const done = new Array(n + 1).fill(false);
    while (heap.length > 0) {
        const [d, u] = heap[0];
        const last = heap.pop();
        if (heap.length > 0) { heap[0] = last; down(0); }
        if (done[u]) continue;
        done[u] = true;
        for (const [v, w] of adj[u]) {
            if (d + w < dist[v]) {
                dist[v] = d + w;
                heap.push([dist[v], v]);
                up(heap.length - 1);
            }
        }
    }
    let total = 0;
    for (let v = 1; v <= n; v++) {
        if (dist[v] === Infinity) return -1;
        total += dist[v];
    }
    return total;
};
