// Plausible bug: a correct Dijkstra that returns the largest distance among the nodes it reached, and
// never checks that it reached all of them: a node the signal cannot reach should give -1.
public class Solution {
    public int NetworkDelayTime(int[][] times, int n, int k) {
        var adj = new List<(int to, int w)>[n + 1];
        for (int v = 1; v <= n; v++) adj[v] = new List<(int, int)>();
        foreach (var e in times) adj[e[0]].Add((e[1], e[2]));
        var dist = new int[n + 1];
        Array.Fill(dist, int.MaxValue);
        dist[k] = 0;
        var heap = new PriorityQueue<int, int>();
        heap.Enqueue(k, 0);
        while (heap.TryDequeue(out int u, out int d)) {
            if (d > dist[u]) continue;
            foreach (var (v, w) in adj[u]) {
                if (d + w < dist[v]) {
                    dist[v] = d + w;
                    heap.Enqueue(v, d + w);
                }
            }
        }
        int best = 0;
        for (int v = 1; v <= n; v++) {
            if (dist[v] != int.MaxValue) best = Math.Max(best, dist[v]);
        }
        return best;
    }
}
