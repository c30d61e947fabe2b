// Plausible bug: treats the bias as one more weight (as if x had a constant feature 1) and shrinks it with the
// regulariser too: b -= lr * lam * b on every step.
public class Solution {
    public double[] SvmEpoch(double[][] X, int[] y, double[] w, double b, double lr, double lam) {
        int d = w.Length;
        var result = new double[d + 1];
        Array.Copy(w, result, d);
        for (int i = 0; i < X.Length; i++) {
            double f = b;
            for (int j = 0; j < d; j++) f += result[j] * X[i][j];
            bool active = y[i] * f < 1;
            for (int j = 0; j < d; j++) result[j] -= lr * (lam * result[j] - (active ? y[i] * X[i][j] : 0));
            b -= lr * (lam * b - (active ? y[i] : 0));
        }
        result[d] = b;
        return result;
    }
}
