// Plausible bug: averages the precision at every example's threshold, negatives included, instead of weighting
// each threshold by the recall it adds. Thresholds that add no positive should not count at all.
public class Solution {
    public double AveragePrecision(int[] labels, double[] scores) {
        int n = labels.Length;
        var keys = (double[])scores.Clone();
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Array.Sort(keys, order);
        long tp = 0, fp = 0;
        double sum = 0;
        for (int i = n - 1; i >= 0; ) {
            int j = i;
            while (j >= 0 && keys[j] == keys[i]) {
                if (labels[order[j]] == 1) tp++; else fp++;
                j--;
            }
            sum += (double)(i - j) * tp / (tp + fp); // every example of the group counts once
            i = j;
        }
        return sum / n;
    }
}
