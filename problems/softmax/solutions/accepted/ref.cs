public class Solution {
    public double[] Softmax(double[] logits) {
        double shift = logits.Max();
        var exps = new double[logits.Length];
        double total = 0;
        for (int i = 0; i < logits.Length; i++) {
            exps[i] = Math.Exp(logits[i] - shift);
            total += exps[i];
        }
        for (int i = 0; i < exps.Length; i++) {
            exps[i] /= total;
        }
        return exps;
    }
}
