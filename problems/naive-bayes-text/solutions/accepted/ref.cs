public class Solution {
    public int[] NaiveBayesText(int[][] trainCounts, int[] trainLabels, int[][] queries) {
        int n = trainCounts.Length, v = trainCounts[0].Length;
        var labels = trainLabels.Distinct().OrderBy(c => c).ToArray();
        var index = new Dictionary<int, int>();
        for (int c = 0; c < labels.Length; c++) index[labels[c]] = c;
        int k = labels.Length;
        var docs = new int[k];
        var total = new long[k];
        var counts = new long[k, v];
        for (int i = 0; i < n; i++) {
            int c = index[trainLabels[i]];
            docs[c]++;
            for (int j = 0; j < v; j++) {
                counts[c, j] += trainCounts[i][j];
                total[c] += trainCounts[i][j];
            }
        }
        var logTheta = new double[k, v];
        var logPrior = new double[k];
        for (int c = 0; c < k; c++) {
            logPrior[c] = Math.Log((double)docs[c] / n);
            for (int j = 0; j < v; j++) logTheta[c, j] = Math.Log(counts[c, j] + 1.0) - Math.Log(total[c] + (double)v);
        }
        var result = new int[queries.Length];
        var score = new double[k];
        for (int qi = 0; qi < queries.Length; qi++) {
            var q = queries[qi];
            for (int c = 0; c < k; c++) {
                double s = logPrior[c];
                for (int j = 0; j < v; j++) if (q[j] != 0) s += q[j] * logTheta[c, j];
                score[c] = s;
            }
            double best = score.Max();
            int pick = 0;
            while (score[pick] < best - 1e-9) pick++; // the smallest label within 1e-9 of the best
            result[qi] = labels[pick];
        }
        return result;
    }
}
