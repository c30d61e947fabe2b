// Plausible bug: evaluates a split after every sorted position, even between two equal values of x, and reports
// the lower value as the threshold. Such a split cannot be made by any threshold (x <= t sends all equal values
// the same way), so its impurity can look better than any real split.
public class Solution {
    public double[] GiniBestSplit(double[] x, int[] y) {
        int n = x.Length;
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Array.Sort(order, (a, b) => x[a].CompareTo(x[b]));
        var left = new long[10];
        var right = new long[10];
        foreach (var c in y) right[c]++;
        double bestT = 0, bestG = double.PositiveInfinity;
        for (int k = 0; k < n - 1; k++) {
            int c = y[order[k]];
            left[c]++;
            right[c]--;
            long nl = k + 1, nr = n - nl;
            double gl = 1, gr = 1;
            for (int j = 0; j < 10; j++) {
                gl -= (double)left[j] * left[j] / (nl * nl);
                gr -= (double)right[j] * right[j] / (nr * nr);
            }
            double g = (nl * gl + nr * gr) / n;
            double a = x[order[k]], b = x[order[k + 1]];
            if (g < bestG - 1e-9) {
                bestG = g;
                bestT = a == b ? a : (a + b) / 2;
            }
        }
        return new[] { bestT, bestG };
    }
}
