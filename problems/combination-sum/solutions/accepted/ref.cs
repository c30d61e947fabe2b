public class Solution {
    public int[][] CombinationSum(int[] candidates, int target) {
        // Backtracking over the sorted candidates. Each step may only pick a candidate at or after the last
        // one picked (the same one again is allowed), so every combination is built once, in ascending order.
        var sorted = (int[])candidates.Clone();
        Array.Sort(sorted);
        var result = new List<int[]>();
        var path = new List<int>();
        void Walk(int from, int rest) {
            if (rest == 0) {
                result.Add(path.ToArray());
                return;
            }
            for (int i = from; i < sorted.Length && sorted[i] <= rest; i++) {
                path.Add(sorted[i]);
                Walk(i, rest - sorted[i]);
                path.RemoveAt(path.Count - 1);
            }
        }
        Walk(0, target);
        return result.ToArray();
    }
}
