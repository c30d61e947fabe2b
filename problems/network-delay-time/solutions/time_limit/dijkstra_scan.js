// Dijkstra without a heap: each step scans all n nodes for the closest unsettled one. O(n^2 + m): fine for
// dense graphs, 10^10 steps for a sparse graph of 10^5 nodes.
var networkDelayTime = function(times, n, k) {
    const adj = Array.from({ length: n + 1 }, () => []);
    for (const [u, v, w] of times) adj[u].push([v, w]);
    const dist = new Array(n + 1).fill(Infinity);
    const done = new Array(n + 1).fill(false);
    dist[k] = 0;
    let latest = 0;
    for (let step = 0; step < n; step++) {
        let u = -1;
        for (let v = 1; v <= n; v++) {
            if (!done[v] && (u < 0 || dist[v] < dist[u])) u = v;
        }
        if (dist[u] === Infinity) return -1;
        done[u] = true;
        latest = dist[u];
        for (const [v, w] of adj[u]) {
            if (dist[u] + w < dist[v]) dist[v] = dist[u] + w;
        }
    }
    return latest;
};
