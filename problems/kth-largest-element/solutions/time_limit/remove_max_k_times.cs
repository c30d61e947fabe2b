// Moves the maximum out of the way k - 1 times: O(nk). Correct, but about 5 * 10^9 steps when
// n = k = 10^5.
public class Solution {
    public int FindKthLargest(int[] nums, int k) {
        var rest = (int[])nums.Clone();
        int size = rest.Length;
        for (int r = 0; r < k - 1; r++) {
            int best = 0;
            for (int i = 1; i < size; i++) {
                if (rest[i] > rest[best]) {
                    best = i;
                }
            }
            rest[best] = rest[--size];
        }
        int answer = rest[0];
        for (int i = 1; i < size; i++) {
            answer = Math.Max(answer, rest[i]);
        }
        return answer;
    }
}
