public class Solution {
    public double[] GiniBestSplit(double[] x, int[] y) {
        int n = x.Length;
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Array.Sort(order, (a, b) => x[a].CompareTo(x[b]));
        var left = new long[10];
        var right = new long[10];
        foreach (var c in y) right[c]++;
        long sumL = 0, sumR = 0; // sum over classes of count^2, per side
        foreach (var r in right) sumR += r * r;
        var thresholds = new List<double>();
        var impurities = new List<double>();
        for (int k = 0; k < n - 1; k++) {
            int c = y[order[k]];
            sumL += 2 * left[c] + 1;   // (m + 1)^2 - m^2
            sumR -= 2 * right[c] - 1;  // (m - 1)^2 - m^2
            left[c]++;
            right[c]--;
            double a = x[order[k]], b = x[order[k + 1]];
            if (a == b) continue; // not a boundary between distinct values
            long nl = k + 1, nr = n - nl;
            // (nL/n)(1 - sumL/nL^2) + (nR/n)(1 - sumR/nR^2)
            impurities.Add((nl - (double)sumL / nl + nr - (double)sumR / nr) / n);
            thresholds.Add((a + b) / 2);
        }
        double best = impurities.Min();
        for (int k = 0; ; k++) {
            if (impurities[k] <= best + 1e-9) return new[] { thresholds[k], impurities[k] };
        }
    }
}
