// Plausible bug: k stops means k + 1 flights, but this runs only k rounds of Bellman-Ford, so it allows
// one flight fewer than it should (and finds nothing at all when k = 0).
public class Solution {
    public int FindCheapestPrice(int n, int[][] flights, int src, int dst, int k) {
        const int Inf = int.MaxValue;
        var cost = new int[n];
        Array.Fill(cost, Inf);
        cost[src] = 0;
        for (int round = 0; round < k; round++) {
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
