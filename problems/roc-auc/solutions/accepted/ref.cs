public class Solution {
    public double RocAuc(double[] scores, int[] labels) {
        int n = scores.Length;
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Array.Sort(order, (a, b) => scores[a].CompareTo(scores[b]));
        // Sweep groups of equal scores from low to high: a positive beats every negative below its group
        // and ties with the negatives inside it. Count in halves so that everything stays an integer.
        long negBelow = 0, twice = 0, pos = 0, neg = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            long p = 0, q = 0;
            while (j < n && scores[order[j]] == scores[order[i]]) {
                if (labels[order[j]] == 1) p++; else q++;
                j++;
            }
            twice += 2 * p * negBelow + p * q;
            negBelow += q;
            pos += p;
            neg += q;
            i = j;
        }
        return twice / (2.0 * pos * neg);
    }
}
