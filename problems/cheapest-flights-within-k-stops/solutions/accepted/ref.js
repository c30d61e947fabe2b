/**
 * @param {number} n
 * @param {number[][]} flights
 * @param {number} src
 * @param {number} dst
 * @param {number} k
 * @return {number}
 */
var findCheapestPrice = function(n, flights, src, dst, k) {
    // Breadth-first by number of flights: level r holds the cities whose cheapest price improved with
    // r flights; at most k + 1 levels.
    const adj = Array.from({ length: n }, () => []);
    for (const [u, v, p] of flights) adj[u].push([v, p]);
    const best = new Array(n).fill(Infinity);
    best[src] = 0;
    let frontier = [[src, 0]];
    for (let level = 0; level <= k && frontier.length > 0; level++) {
        const improved = new Map();
        for (const [u, c] of frontier) {
            for (const [v, p] of adj[u]) {
                if (c + p < best[v] && c + p < (improved.get(v) ?? Infinity)) improved.set(v, c + p);
            }
        }
        frontier = [];
        for (const [v, c] of improved) {
            if (c < best[v]) {
                best[v] = c;
                frontier.push([v, c]);
            }
        }
    }
    return best[dst] === Infinity ? -1 : best[dst];
};
