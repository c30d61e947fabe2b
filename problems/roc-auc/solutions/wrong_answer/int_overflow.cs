// Plausible bug: the right algorithm, but the pair counts are 32-bit ints. With 50,000 positives and 50,000
// negatives, pos * neg = 2.5 * 10^9 overflows and the result is garbage (often negative).
public class Solution {
    public double RocAuc(double[] scores, int[] labels) {
        int n = scores.Length;
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Array.Sort(order, (a, b) => scores[a].CompareTo(scores[b]));
        int negBelow = 0, pos = 0, neg = 0;
        double pairs = 0;
        for (int i = 0; i < n; ) {
            int j = i, p = 0, q = 0;
            while (j < n && scores[order[j]] == scores[order[i]]) {
                if (labels[order[j]] == 1) p++; else q++;
                j++;
            }
            pairs += p * negBelow + 0.5 * p * q;
            negBelow += q;
            pos += p;
            neg += q;
            i = j;
        }
        return pairs / (pos * neg);
    }
}
