public class Solution {
    public double[] InformationGainSplit(double[] x, int[] y) {
        int n = x.Length;
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Array.Sort(order, (a, b) => x[a].CompareTo(x[b]));
        // f[m] = m log2 m, so that |S| H(S) = f[|S|] - sum_c f[count_c].
        var f = new double[n + 1];
        for (int m = 1; m <= n; m++) f[m] = m * Math.Log2(m);
        var left = new int[10];
        var right = new int[10];
        foreach (var c in y) right[c]++;
        double parent = f[n];
        foreach (var r in right) parent -= f[r];
        var thresholds = new List<double>();
        var gains = new List<double>();
        for (int k = 0; k < n - 1; k++) {
            int c = y[order[k]];
            left[c]++;
            right[c]--;
            double a = x[order[k]], b = x[order[k + 1]];
            if (a == b) continue; // no threshold separates equal values
            int nl = k + 1, nr = n - nl;
            double children = f[nl] + f[nr];
            for (int j = 0; j < 10; j++) children -= f[left[j]] + f[right[j]];
            thresholds.Add((a + b) / 2);
            gains.Add((parent - children) / n);
        }
        double best = gains.Max();
        for (int k = 0; ; k++) {
            if (gains[k] >= best - 1e-9) return new[] { thresholds[k], gains[k] };
        }
    }
}
