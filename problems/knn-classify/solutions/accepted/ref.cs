public class Solution {
    public int[] KnnClassify(double[][] trainX, int[] trainY, double[][] queries, int k) {
        int n = trainX.Length;
        var result = new int[queries.Length];
        var dist = new double[n];
        var order = new int[n];
        for (int qi = 0; qi < queries.Length; qi++) {
            var p = queries[qi];
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < p.Length; j++) {
                    double t = trainX[i][j] - p[j];
                    s += t * t; // squared distance: same order as the distance itself
                }
                dist[i] = s;
                order[i] = i;
            }
            // Array.Sort is not stable: compare the index too, so equal distances keep the lower index first.
            Array.Sort(order, (a, b) => dist[a] != dist[b] ? dist[a].CompareTo(dist[b]) : a.CompareTo(b));
            var votes = new Dictionary<int, int>();
            for (int r = 0; r < k; r++) {
                int label = trainY[order[r]];
                votes[label] = votes.GetValueOrDefault(label) + 1;
            }
            int best = int.MaxValue, bestCount = 0;
            foreach (var (label, count) in votes) {
                if (count > bestCount || (count == bestCount && label < best)) {
                    best = label;
                    bestCount = count;
                }
            }
            result[qi] = best;
        }
        return result;
    }
}
