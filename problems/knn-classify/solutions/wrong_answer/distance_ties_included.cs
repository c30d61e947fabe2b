// Plausible bug: takes every training point within the k-th smallest distance, so all points tied with the k-th
// neighbour vote (more than k neighbours when there are ties at the boundary).
public class Solution {
    public int[] KnnClassify(double[][] trainX, int[] trainY, double[][] queries, int k) {
        int n = trainX.Length;
        var result = new int[queries.Length];
        for (int qi = 0; qi < queries.Length; qi++) {
            var p = queries[qi];
            var dist = new double[n];
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < p.Length; j++) s += (trainX[i][j] - p[j]) * (trainX[i][j] - p[j]);
                dist[i] = s;
            }
            var sorted = (double[])dist.Clone();
            Array.Sort(sorted);
            double radius = sorted[k - 1];
            var votes = new Dictionary<int, int>();
            for (int i = 0; i < n; i++) {
                if (dist[i] <= radius) votes[trainY[i]] = votes.GetValueOrDefault(trainY[i]) + 1;
            }
            int top = votes.Values.Max();
            result[qi] = votes.Where(v => v.Value == top).Min(v => v.Key);
        }
        return result;
    }
}
