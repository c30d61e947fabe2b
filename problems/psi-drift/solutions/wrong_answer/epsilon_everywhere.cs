// Plausible bug: adds epsilon to every proportion instead of replacing only the zero ones.
public class Solution {
    public double Psi(int[] expected, int[] actual) {
        double se = 0, sa = 0;
        foreach (var c in expected) se += c;
        foreach (var c in actual) sa += c;
        double total = 0;
        for (int i = 0; i < expected.Length; i++) {
            double p = expected[i] / se + 1e-4, q = actual[i] / sa + 1e-4;
            total += (q - p) * Math.Log(q / p);
        }
        return total;
    }
}
