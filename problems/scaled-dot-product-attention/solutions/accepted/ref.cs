public class Solution {
    public double[][] Attention(double[][] Q, double[][] K, double[][] V) {
        int n = Q.Length, m = K.Length, d = Q[0].Length, dv = V[0].Length;
        double scale = Math.Sqrt(d);
        var output = new double[n][];
        var w = new double[m];
        for (int i = 0; i < n; i++) {
            double max = double.NegativeInfinity;
            for (int j = 0; j < m; j++) {
                double dot = 0;
                for (int t = 0; t < d; t++) dot += Q[i][t] * K[j][t];
                w[j] = dot / scale;
                max = Math.Max(max, w[j]);
            }
            double total = 0;
            for (int j = 0; j < m; j++) {
                w[j] = Math.Exp(w[j] - max); // <= 1: never overflows, and the largest term is 1
                total += w[j];
            }
            output[i] = new double[dv];
            for (int j = 0; j < m; j++) {
                double a = w[j] / total;
                for (int t = 0; t < dv; t++) output[i][t] += a * V[j][t];
            }
        }
        return output;
    }
}
