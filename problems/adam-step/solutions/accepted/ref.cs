public class Solution {
    public double[][] AdamStep(double[] theta, double[] grad, double[] m, double[] v, int t,
                               double lr, double beta1, double beta2, double eps) {
        int n = theta.Length;
        double c1 = 1 - Math.Pow(beta1, t), c2 = 1 - Math.Pow(beta2, t);
        var th = new double[n];
        var m2 = new double[n];
        var v2 = new double[n];
        for (int i = 0; i < n; i++) {
            m2[i] = beta1 * m[i] + (1 - beta1) * grad[i];
            v2[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
            double mHat = m2[i] / c1, vHat = v2[i] / c2;
            th[i] = theta[i] - lr * mHat / (Math.Sqrt(vHat) + eps);
        }
        return new[] { th, m2, v2 };
    }
}
