public class Solution {
    public double[] PrecisionRecallF1(int[] yTrue, int[] yPred) {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < yTrue.Length; i++) {
            if (yPred[i] == 1) {
                if (yTrue[i] == 1) tp++; else fp++;
            } else if (yTrue[i] == 1) {
                fn++;
            }
        }
        double precision = tp + fp > 0 ? (double)tp / (tp + fp) : 0.0;
        double recall = tp + fn > 0 ? (double)tp / (tp + fn) : 0.0;
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        return new[] { precision, recall, f1 };
    }
}
