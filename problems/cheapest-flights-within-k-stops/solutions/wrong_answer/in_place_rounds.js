// Plausible bug: Bellman-Ford with k + 1 rounds, but relaxing in place. A price updated earlier in a round
// is used again later in the same round, so one round can add several flights: with 0->1, 1->2, 2->3
// listed in that order, the first round already reaches city 3 with three flights.
var findCheapestPrice = function(n, flights, src, dst, k) {
    const cost = new Array(n).fill(Infinity);
    cost[src] = 0;
    for (let round = 0; round <= k; round++) {
        for (const [u, v, p] of flights) {
            if (cost[u] + p < cost[v]) cost[v] = cost[u] + p;
        }
    }
    return cost[dst] === Infinity ? -1 : cost[dst];
};
