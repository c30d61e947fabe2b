// Correct but O(n * distinct values): for every candidate threshold, recounts both children from scratch.
public class Solution {
    public double[] GiniBestSplit(double[] x, int[] y) {
        var values = x.Distinct().OrderBy(v => v).ToArray();
        int n = x.Length;
        var ts = new List<double>();
        var gs = new List<double>();
        var left = new long[10];
        var right = new long[10];
        for (int k = 0; k + 1 < values.Length; k++) {
            double t = (values[k] + values[k + 1]) / 2;
            Array.Clear(left);
            Array.Clear(right);
            for (int i = 0; i < n; i++) {
                if (x[i] <= t) left[y[i]]++; else right[y[i]]++;
            }
            long nl = left.Sum(), nr = right.Sum(), sl = 0, sr = 0;
            for (int c = 0; c < 10; c++) { sl += left[c] * left[c]; sr += right[c] * right[c]; }
            ts.Add(t);
            gs.Add((nl - (double)sl / nl + nr - (double)sr / nr) / n);
        }
        double best = gs.Min();
        int j = gs.FindIndex(g => g <= best + 1e-9);
        return new[] { ts[j], gs[j] };
    }
}
