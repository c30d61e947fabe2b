// Plausible bug: sorts (x, y) pairs and evaluates a split after every sorted position, even between two equal
// values of x, reporting the lower value as the threshold there. No threshold can make such a split (x <= t sends
// equal values the same way), and with the labels sorted inside a run of equal values it often looks best.
public class Solution {
    public double[] InformationGainSplit(double[] x, int[] y) {
        int n = x.Length;
        var pts = new (double X, int Y)[n];
        for (int i = 0; i < n; i++) pts[i] = (x[i], y[i]);
        Array.Sort(pts);
        var left = new int[10];
        var right = new int[10];
        foreach (var c in y) right[c]++;
        double parent = Entropy(right, n);
        double bestT = 0, bestG = double.NegativeInfinity;
        for (int k = 0; k < n - 1; k++) {
            left[pts[k].Y]++;
            right[pts[k].Y]--;
            int nl = k + 1, nr = n - nl;
            double g = parent - (double)nl / n * Entropy(left, nl) - (double)nr / n * Entropy(right, nr);
            double a = pts[k].X, b = pts[k + 1].X;
            if (g > bestG + 1e-9) {
                bestG = g;
                bestT = a == b ? a : (a + b) / 2;
            }
        }
        return new[] { bestT, bestG };
    }

    static double Entropy(int[] counts, int size) {
        double h = 0;
        foreach (var m in counts) if (m > 0) h -= (double)m / size * Math.Log2((double)m / size);
        return h;
    }
}
