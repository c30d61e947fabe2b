// Plausible bug: leaves out the prior (as if every class were equally common), so only the word likelihoods
// decide; the class frequencies in training never count.
public class Solution {
    public int[] NaiveBayesText(int[][] trainCounts, int[] trainLabels, int[][] queries) {
        int v = trainCounts[0].Length;
        var labels = trainLabels.Distinct().OrderBy(c => c).ToArray();
        var logTheta = new double[labels.Length][];
        for (int c = 0; c < labels.Length; c++) {
            var t = new long[v];
            long total = 0;
            for (int i = 0; i < trainCounts.Length; i++) {
                if (trainLabels[i] != labels[c]) continue;
                for (int j = 0; j < v; j++) { t[j] += trainCounts[i][j]; total += trainCounts[i][j]; }
            }
            logTheta[c] = t.Select(m => Math.Log((m + 1.0) / (total + v))).ToArray();
        }
        return queries.Select(q => {
            var score = logTheta.Select(lt => Enumerable.Range(0, v).Sum(j => q[j] * lt[j])).ToArray();
            double best = score.Max();
            return labels[Array.FindIndex(score, s => s >= best - 1e-9)];
        }).ToArray();
    }
}
