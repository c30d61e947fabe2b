public class Solution {
    public int[][] Subsets(int[] nums) {
        // Backtracking: decide for each element in turn whether it is in the subset.
        var result = new List<int[]>();
        var path = new List<int>();
        void Choose(int i) {
            if (i == nums.Length) {
                result.Add(path.ToArray());
                return;
            }
            Choose(i + 1);
            path.Add(nums[i]);
            Choose(i + 1);
            path.RemoveAt(path.Count - 1);
        }
        Choose(0);
        return result.ToArray();
    }
}
