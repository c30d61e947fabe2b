// Plausible bug: treats t as the number of steps already taken and corrects with beta^(t + 1).
public class Solution {
    public double[][] AdamStep(double[] theta, double[] grad, double[] m, double[] v, int t,
                               double lr, double beta1, double beta2, double eps) {
        int n = theta.Length;
        double c1 = 1 - Math.Pow(beta1, t + 1), c2 = 1 - Math.Pow(beta2, t + 1);
        var th = new double[n];
        var m2 = new double[n];
        var v2 = new double[n];
        for (int i = 0; i < n; i++) {
            m2[i] = beta1 * m[i] + (1 - beta1) * grad[i];
            v2[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
            th[i] = theta[i] - lr * (m2[i] / c1) / (Math.Sqrt(v2[i] / c2) + eps);
        }
        return new[] { th, m2, v2 };
    }
}
