// Plausible bug: normalizes the score matrix along the wrong axis (each key's column over the queries, like
// numpy's softmax with axis=0), so a query's weights no longer sum to 1.
public class Solution {
    public double[][] Attention(double[][] Q, double[][] K, double[][] V) {
        int n = Q.Length, m = K.Length, d = Q[0].Length, dv = V[0].Length;
        var s = new double[n, m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                double dot = 0;
                for (int t = 0; t < d; t++) dot += Q[i][t] * K[j][t];
                s[i, j] = dot / Math.Sqrt(d);
            }
        for (int j = 0; j < m; j++) {
            double max = double.NegativeInfinity, total = 0;
            for (int i = 0; i < n; i++) max = Math.Max(max, s[i, j]);
            for (int i = 0; i < n; i++) { s[i, j] = Math.Exp(s[i, j] - max); total += s[i, j]; }
            for (int i = 0; i < n; i++) s[i, j] /= total;
        }
        var output = new double[n][];
        for (int i = 0; i < n; i++) {
            output[i] = new double[dv];
            for (int j = 0; j < m; j++)
                for (int t = 0; t < dv; t++) output[i][t] += s[i, j] * V[j][t];
        }
        return output;
    }
}
