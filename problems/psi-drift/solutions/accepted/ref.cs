public class Solution {
    public double Psi(int[] expected, int[] actual) {
        double se = 0, sa = 0; // sums up to 2 * 10^9: past int, exact in a double
        foreach (var c in expected) se += c;
        foreach (var c in actual) sa += c;
        double total = 0;
        for (int i = 0; i < expected.Length; i++) {
            double p = expected[i] == 0 ? 1e-4 : expected[i] / se;
            double q = actual[i] == 0 ? 1e-4 : actual[i] / sa;
            total += (q - p) * Math.Log(q / p);
        }
        return total;
    }
}
