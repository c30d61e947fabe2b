// Plausible bug: correct backtracking (each combination once), but over the candidates in the order
// given, without sorting them first: with candidates [7, 6, 3, 2] it returns [3, 2, 2], not [2, 2, 3].
public class Solution {
    public int[][] CombinationSum(int[] candidates, int target) {
        var result = new List<int[]>();
        var path = new List<int>();
        void Walk(int from, int rest) {
            if (rest == 0) {
                result.Add(path.ToArray());
                return;
            }
            for (int i = from; i < candidates.Length; i++) {
                if (candidates[i] > rest) continue;
                path.Add(candidates[i]);
                Walk(i, rest - candidates[i]);
                path.RemoveAt(path.Count - 1);
            }
        }
        Walk(0, target);
        return result.ToArray();
    }
}
