public class Solution {
    public double[] LogisticLossGradient(double[][] X, int[] y, double[] w, double b) {
        int n = X.Length, d = w.Length;
        var result = new double[d + 2];
        double loss = 0;
        for (int i = 0; i < n; i++) {
            double z = b;
            for (int j = 0; j < d; j++) z += w[j] * X[i][j];
            // -[y log p + (1 - y) log(1 - p)] = log(1 + e^z) - y z, with log(1 + e^z) = max(z, 0) + log(1 + e^-|z|).
            loss += Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z))) - y[i] * z;
            double p = z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
            double r = p - y[i];
            for (int j = 0; j < d; j++) result[j + 1] += r * X[i][j];
            result[d + 1] += r;
        }
        result[0] = loss;
        for (int k = 0; k < d + 2; k++) result[k] /= n;
        return result;
    }
}
