// Dijkstra without a heap: each step scans all n nodes for the closest unsettled one. O(n^2 + m).
public class Solution {
    public int NetworkDelayTime(int[][] times, int n, int k) {
        var adj = new List<(int to, int w)>[n + 1];
        for (int v = 1; v <= n; v++) adj[v] = new List<(int, int)>();
        foreach (var e in times) adj[e[0]].Add((e[1], e[2]));
        var dist = new int[n + 1];
        Array.Fill(dist, int.MaxValue);
        var done = new bool[n + 1];
        dist[k] = 0;
        int latest = 0;
        for (int step = 0; step < n; step++) {
            int u = -1;
            for (int v = 1; v <= n; v++) {
                if (!done[v] && (u < 0 || dist[v] < dist[u])) u = v;
            }
            if (dist[u] == int.MaxValue) return -1;
            done[u] = true;
            latest = dist[u];
            foreach (var (v, w) in adj[u]) {
                if (dist[u] + w < dist[v]) dist[v] = dist[u] + w;
            }
        }
        return latest;
    }
}
