// Plausible bug: Dijkstra that fixes a node's time when it is pushed, not when it is popped. The first
// time found for a node is then final, even if a cheaper path through a node popped later exists:
// with edges 1->2 (10), 1->3 (1), 3->2 (1) node 2 keeps 10.
var networkDelayTime = function(times, n, k) {
    const adj = Array.from({ length: n + 1 }, () => []);
    for (const [u, v, w] of times) adj[u].push([v, w]);
    const heap = [];
    const push = (item) => {
        heap.push(item);
        let i = heap.length - 1;
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (heap[p][0] <= heap[i][0]) break;
            [heap[p], heap[i]] = [heap[i], heap[p]];
            i = p;
        }
    };
    const pop = () => {
        const top = heap[0], last = heap.pop();
        if (heap.length > 0) {
            heap[0] = last;
            let i = 0;
            while (true) {
                let c = 2 * i + 1;
                if (c >= heap.length) break;
                if (c + 1 < heap.length && heap[c + 1][0] < heap[c][0]) c++;
                if (heap[i][0] <= heap[c][0]) break;
                [heap[c], heap[i]] = [heap[i], heap[c]];
                i = c;
            }
        }
        return top;
    };
    const dist = new Array(n + 1).fill(-1);
    dist[k] = 0;
    push([0, k]);
    while (heap.length > 0) {
        const [d, u] = pop();
        for (const [v, w] of adj[u]) {
            if (dist[v] < 0) {
                dist[v] = d + w;
                push([d + w, v]);
            }
        }
    }
    let latest = 0;
    for (let v = 1; v <= n; v++) {
        if (dist[v] < 0) return -1;
        latest = Math.max(latest, dist[v]);
    }
    return latest;
};
