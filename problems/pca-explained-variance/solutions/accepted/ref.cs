public class Solution {
    public double[] ExplainedVarianceRatio(double[][] X, int k) {
        int n = X.Length, d = X[0].Length;
        var mu = new double[d];
        foreach (var row in X)
            for (int j = 0; j < d; j++) mu[j] += row[j];
        for (int j = 0; j < d; j++) mu[j] /= n;
        var a = new double[d, d];
        foreach (var row in X)
            for (int j = 0; j < d; j++)
                for (int l = 0; l < d; l++)
                    a[j, l] += (row[j] - mu[j]) * (row[l] - mu[l]);
        double trace = 0;
        for (int j = 0; j < d; j++)
            for (int l = 0; l < d; l++) a[j, l] /= n - 1;
        for (int j = 0; j < d; j++) trace += a[j, j];

        // Jacobi eigenvalue iteration: each rotation zeroes one off-diagonal pair; the diagonal converges to the
        // eigenvalues.
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0, diag = 0;
            for (int p = 0; p < d; p++) {
                diag += a[p, p] * a[p, p];
                for (int q = p + 1; q < d; q++) off += a[p, q] * a[p, q];
            }
            if (off <= 1e-30 * diag) break;
            for (int p = 0; p < d; p++) {
                for (int q = p + 1; q < d; q++) {
                    if (a[p, q] == 0) continue;
                    double theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                    double t = (theta >= 0 ? 1 : -1) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    double c = 1 / Math.Sqrt(t * t + 1), s = t * c;
                    for (int r = 0; r < d; r++) {
                        double rp = a[r, p], rq = a[r, q];
                        a[r, p] = c * rp - s * rq;
                        a[r, q] = s * rp + c * rq;
                    }
                    for (int r = 0; r < d; r++) {
                        double pr = a[p, r], qr = a[q, r];
                        a[p, r] = c * pr - s * qr;
                        a[q, r] = s * pr + c * qr;
                    }
                    a[p, q] = a[q, p] = 0;
                }
            }
        }
        var eig = new double[d];
        for (int j = 0; j < d; j++) eig[j] = a[j, j];
        Array.Sort(eig);
        Array.Reverse(eig);
        var result = new double[k];
        for (int i = 0; i < k; i++) result[i] = eig[i] / trace;
        return result;
    }
}
