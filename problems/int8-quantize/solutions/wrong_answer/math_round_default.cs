// Plausible bug: Math.Round without a MidpointRounding argument rounds halves to even, not away from zero.
public class Solution {
    public int[] QuantizeInt8(double[] x) {
        double m = 0;
        foreach (var v in x) m = Math.Max(m, Math.Abs(v));
        var q = new int[x.Length];
        if (m == 0) return q;
        double s = m / 127;
        for (int i = 0; i < x.Length; i++) q[i] = (int)Math.Clamp(Math.Round(x[i] / s), -127, 127);
        return q;
    }
}
