// Plausible bug: updates the weights first, then computes the bias gradient from residuals recomputed with the
// NEW weights (a sequential update, not gradient descent on (w, b) together).
public class Solution {
    public double[] LinearRegressionGd(double[][] X, double[] y, double[] w, double b, double lr, int steps) {
        int n = X.Length, d = w.Length;
        var p = (double[])w.Clone();
        for (int s = 0; s < steps; s++) {
            var g = new double[d];
            for (int i = 0; i < n; i++) {
                double r = b - y[i];
                for (int j = 0; j < d; j++) r += p[j] * X[i][j];
                for (int j = 0; j < d; j++) g[j] += r * X[i][j];
            }
            for (int j = 0; j < d; j++) p[j] -= lr * 2.0 / n * g[j];
            double gb = 0;
            for (int i = 0; i < n; i++) {
                double r = b - y[i];
                for (int j = 0; j < d; j++) r += p[j] * X[i][j];
                gb += r;
            }
            b -= lr * 2.0 / n * gb;
        }
        var result = new double[d + 1];
        Array.Copy(p, result, d);
        result[d] = b;
        return result;
    }
}
