public class Solution {
    public int FindCheapestPrice(int n, int[][] flights, int src, int dst, int k) {
        // Bellman-Ford limited to k + 1 rounds. After round r, cost[v] is the cheapest price of a trip of at
        // most r flights; each round reads the previous round's prices (a copy), so it adds at most one flight.
        const int Inf = int.MaxValue;
        var cost = new int[n];
        Array.Fill(cost, Inf);
        cost[src] = 0;
        for (int round = 0; round <= k; round++) {
            var next = (int[])cost.Clone();
            foreach (var f in flights) {
                int u = f[0], v = f[1], p = f[2];
                if (cost[u] != Inf && cost[u] + p < next[v]) next[v] = cost[u] + p;
            }
            cost = next;
        }
        return cost[dst] == Inf ? -1 : cost[dst];
    }
}
