// Plausible bug: the "usual fix" for log(0): clip p to [1e-15, 1 - 1e-15] before taking logs. The result is
// finite but wrong for confident mistakes: y = 0 with z = 800 contributes -log(1e-15) ~ 34.5 instead of 800.
public class Solution {
    public double[] LogisticLossGradient(double[][] X, int[] y, double[] w, double b) {
        int n = X.Length, d = w.Length;
        var result = new double[d + 2];
        for (int i = 0; i < n; i++) {
            double z = b;
            for (int j = 0; j < d; j++) z += w[j] * X[i][j];
            double p = 1 / (1 + Math.Exp(-z));
            double pc = Math.Clamp(p, 1e-15, 1 - 1e-15);
            result[0] -= y[i] * Math.Log(pc) + (1 - y[i]) * Math.Log(1 - pc);
            for (int j = 0; j < d; j++) result[j + 1] += (p - y[i]) * X[i][j];
            result[d + 1] += p - y[i];
        }
        for (int k = 0; k < d + 2; k++) result[k] /= n;
        return result;
    }
}
