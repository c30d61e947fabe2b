// Correct but O(n * distinct values): for every candidate threshold, recounts both children from scratch.
public class Solution {
    public double[] InformationGainSplit(double[] x, int[] y) {
        var values = x.Distinct().OrderBy(v => v).ToArray();
        int n = x.Length;
        var all = new int[10];
        foreach (var c in y) all[c]++;
        double parent = Entropy(all, n);
        var ts = new List<double>();
        var gs = new List<double>();
        for (int k = 0; k + 1 < values.Length; k++) {
            double t = (values[k] + values[k + 1]) / 2;
            var left = new int[10];
            var right = new int[10];
            for (int i = 0; i < n; i++) {
                if (x[i] <= t) left[y[i]]++; else right[y[i]]++;
            }
            int nl = left.Sum(), nr = right.Sum();
            ts.Add(t);
            gs.Add(parent - (double)nl / n * Entropy(left, nl) - (double)nr / n * Entropy(right, nr));
        }
        double best = gs.Max();
        int j = gs.FindIndex(g => g >= best - 1e-9);
        return new[] { ts[j], gs[j] };
    }

    static double Entropy(int[] counts, int size) {
        double h = 0;
        foreach (var m in counts) if (m > 0) h -= (double)m / size * Math.Log2((double)m / size);
        return h;
    }
}
