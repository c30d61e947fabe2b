public class Solution {
    public double[] SvmEpoch(double[][] X, int[] y, double[] w, double b, double lr, double lam) {
        int d = w.Length;
        var result = new double[d + 1];
        Array.Copy(w, result, d);
        for (int i = 0; i < X.Length; i++) {
            double f = b;
            for (int j = 0; j < d; j++) f += result[j] * X[i][j];
            if (y[i] * f < 1) {
                for (int j = 0; j < d; j++) result[j] -= lr * (lam * result[j] - y[i] * X[i][j]);
                b += lr * y[i];
            } else {
                for (int j = 0; j < d; j++) result[j] -= lr * lam * result[j];
            }
        }
        result[d] = b;
        return result;
    }
}
