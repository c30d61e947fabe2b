// Plausible bug: softmax as written in the textbook, exp(z) / sum(exp(z)), and the loss as -log(P). Once a logit
// passes ~709.78, exp overflows to Infinity and P becomes Infinity / Infinity = NaN.
public class Solution {
    public double[] MlpBackprop(double[][] X, int[] y, double[][] W1, double[] b1, double[][] W2, double[] b2) {
        int n = X.Length, d = W1.Length, h = b1.Length, c = b2.Length;
        int oW1 = 1, ob1 = oW1 + d * h, oW2 = ob1 + h, ob2 = oW2 + h * c;
        var r = new double[ob2 + c];
        var A = new double[h];
        var H = new double[h];
        var P = new double[c];
        double loss = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < h; j++) {
                double a = b1[j];
                for (int t = 0; t < d; t++) a += X[i][t] * W1[t][j];
                A[j] = a;
                H[j] = a > 0 ? a : 0;
            }
            double sum = 0;
            for (int k = 0; k < c; k++) {
                double z = b2[k];
                for (int j = 0; j < h; j++) z += H[j] * W2[j][k];
                P[k] = Math.Exp(z);
                sum += P[k];
            }
            for (int k = 0; k < c; k++) P[k] /= sum;
            loss -= Math.Log(P[y[i]]);
            for (int k = 0; k < c; k++) {
                double dz = (P[k] - (k == y[i] ? 1 : 0)) / n;
                r[ob2 + k] += dz;
                for (int j = 0; j < h; j++) r[oW2 + j * c + k] += H[j] * dz;
            }
            for (int j = 0; j < h; j++) {
                if (A[j] <= 0) continue;
                double g = 0;
                for (int k = 0; k < c; k++) g += (P[k] - (k == y[i] ? 1 : 0)) / n * W2[j][k];
                r[ob1 + j] += g;
                for (int t = 0; t < d; t++) r[oW1 + t * h + j] += X[i][t] * g;
            }
        }
        r[0] = loss / n;
        return r;
    }
}
