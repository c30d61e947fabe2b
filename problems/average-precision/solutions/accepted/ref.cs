public class Solution {
    public double AveragePrecision(int[] labels, double[] scores) {
        int n = labels.Length;
        var keys = (double[])scores.Clone();
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Array.Sort(keys, order);              // ascending by score; sweep from the end
        long positives = 0;
        foreach (var y in labels) positives += y;
        long tp = 0, fp = 0;
        double ap = 0, prevRecall = 0;
        for (int i = n - 1; i >= 0; ) {
            int j = i;
            while (j >= 0 && keys[j] == keys[i]) {
                if (labels[order[j]] == 1) tp++; else fp++;
                j--;
            }
            double recall = (double)tp / positives;
            ap += (recall - prevRecall) * tp / (tp + fp);
            prevRecall = recall;
            i = j;
        }
        return ap;
    }
}
