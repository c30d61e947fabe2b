public class Solution {
    public int NetworkDelayTime(int[][] times, int n, int k) {
        // Dijkstra with a binary heap; a node's distance is final when it is first taken from the heap.
        var adj = new List<(int to, int w)>[n + 1];
        for (int v = 1; v <= n; v++) adj[v] = new List<(int, int)>();
        foreach (var e in times) adj[e[0]].Add((e[1], e[2]));
        var dist = new int[n + 1];
        Array.Fill(dist, int.MaxValue);
        dist[k] = 0;
        var heap = new PriorityQueue<int, int>();
        heap.Enqueue(k, 0);
        var done = new bool[n + 1];
        int reached = 0, latest = 0;
        while (heap.TryDequeue(out int u, out int d)) {
            if (done[u]) continue;
            done[u] = true;
            reached++;
            latest = d;
            foreach (var (v, w) in adj[u]) {
                if (!done[v] && d + w < dist[v]) {
                    dist[v] = d + w;
                    heap.Enqueue(v, d + w);
                }
            }
        }
        // Nodes leave the heap in order of distance: the last one is the farthest.
        return reached == n ? latest : -1;
    }
}
