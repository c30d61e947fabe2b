// Bellman-Ford: relax every edge, round after round, until nothing changes. Correct, but a shortest path
// of h edges needs up to h rounds over all m edges: O(n * m), about 3 * 10^9 steps on a 5 * 10^4-node chain.
public class Solution {
    public int NetworkDelayTime(int[][] times, int n, int k) {
        var dist = new int[n + 1];
        Array.Fill(dist, int.MaxValue);
        dist[k] = 0;
        for (int round = 1; round < n; round++) {
            bool changed = false;
            foreach (var e in times) {
                int u = e[0], v = e[1], w = e[2];
                if (dist[u] != int.MaxValue && dist[u] + w < dist[v]) {
                    dist[v] = dist[u] + w;
                    changed = true;
                }
            }
            if (!changed) break;
        }
        int latest = 0;
        for (int v = 1; v <= n; v++) {
            if (dist[v] == int.MaxValue) return -1;
            latest = Math.Max(latest, dist[v]);
        }
        return latest;
    }
}
