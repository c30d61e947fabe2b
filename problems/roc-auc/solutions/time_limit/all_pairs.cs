// The definition evaluated directly: every (positive, negative) pair, O(|P| |N|). Correct, but up to
// 2.5 * 10^9 comparisons at n = 10^5.
public class Solution {
    public double RocAuc(double[] scores, int[] labels) {
        var pos = new List<double>();
        var neg = new List<double>();
        for (int i = 0; i < scores.Length; i++) (labels[i] == 1 ? pos : neg).Add(scores[i]);
        double total = 0;
        foreach (var p in pos)
            foreach (var q in neg)
                total += p > q ? 1.0 : p == q ? 0.5 : 0.0;
        return total / ((double)pos.Count * neg.Count);
    }
}
