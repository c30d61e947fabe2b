// The definition evaluated directly: for every distinct score, scan all examples to count TP and FP at that
// threshold. O(n m), up to 4 * 10^10 steps.
public class Solution {
    public double AveragePrecision(int[] labels, double[] scores) {
        var thresholds = scores.Distinct().OrderByDescending(s => s).ToArray();
        int positives = labels.Sum();
        double ap = 0, prevRecall = 0;
        foreach (var t in thresholds) {
            int tp = 0, fp = 0;
            for (int i = 0; i < labels.Length; i++) {
                if (scores[i] >= t) {
                    if (labels[i] == 1) tp++; else fp++;
                }
            }
            double recall = (double)tp / positives;
            ap += (recall - prevRecall) * tp / (tp + fp);
            prevRecall = recall;
        }
        return ap;
    }
}
