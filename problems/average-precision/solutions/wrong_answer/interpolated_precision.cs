// Plausible bug: the PASCAL VOC "all-point interpolated" AP, which replaces each precision by the best precision
// at any higher recall (a monotone envelope) before summing. It is a different metric: it never decreases the
// answer, and exceeds scikit-learn's AP whenever precision rises again further down the ranking.
public class Solution {
    public double AveragePrecision(int[] labels, double[] scores) {
        int n = labels.Length;
        var keys = (double[])scores.Clone();
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Array.Sort(keys, order);
        long positives = 0;
        foreach (var y in labels) positives += y;
        var recall = new List<double>();
        var precision = new List<double>();
        long tp = 0, fp = 0;
        for (int i = n - 1; i >= 0; ) {
            int j = i;
            while (j >= 0 && keys[j] == keys[i]) {
                if (labels[order[j]] == 1) tp++; else fp++;
                j--;
            }
            recall.Add((double)tp / positives);
            precision.Add((double)tp / (tp + fp));
            i = j;
        }
        for (int k = precision.Count - 2; k >= 0; k--) precision[k] = Math.Max(precision[k], precision[k + 1]);
        double ap = 0, prev = 0;
        for (int k = 0; k < recall.Count; k++) {
            ap += (recall[k] - prev) * precision[k];
            prev = recall[k];
        }
        return ap;
    }
}
