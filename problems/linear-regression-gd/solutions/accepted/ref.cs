public class Solution {
    public double[] LinearRegressionGd(double[][] X, double[] y, double[] w, double b, double lr, int steps) {
        int n = X.Length, d = w.Length;
        var p = (double[])w.Clone();
        var g = new double[d];
        for (int s = 0; s < steps; s++) {
            Array.Clear(g);
            double gb = 0;
            for (int i = 0; i < n; i++) {
                double r = b - y[i]; // residual: prediction minus target
                for (int j = 0; j < d; j++) r += p[j] * X[i][j];
                gb += r;
                for (int j = 0; j < d; j++) g[j] += r * X[i][j];
            }
            // Both gradients were taken at the old parameters; now update them together.
            for (int j = 0; j < d; j++) p[j] -= lr * (2.0 / n) * g[j];
            b -= lr * (2.0 / n) * gb;
        }
        var result = new double[d + 1];
        Array.Copy(p, result, d);
        result[d] = b;
        return result;
    }
}
