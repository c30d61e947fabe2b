public class Solution {
    public int[] QuantizeInt8(double[] x) {
        double m = 0;
        foreach (var v in x) m = Math.Max(m, Math.Abs(v));
        var q = new int[x.Length];
        if (m == 0) return q;
        double s = m / 127;
        for (int i = 0; i < x.Length; i++) {
            // Math.Round's default is round-half-to-even; the statement asks for halves away from zero.
            double r = Math.Round(x[i] / s, MidpointRounding.AwayFromZero);
            q[i] = (int)Math.Clamp(r, -127, 127);
        }
        return q;
    }
}
