// For every meeting's start, counts the meetings running at that moment: O(n^2).
public class Solution {
    public int MinMeetingRooms(int[][] intervals) {
        int n = intervals.Length;
        int best = 0;
        for (int i = 0; i < n; i++) {
            int s = intervals[i][0];
            int running = 0;
            for (int j = 0; j < n; j++) {
                if (intervals[j][0] <= s && s < intervals[j][1]) {
                    running++;
                }
            }
            best = Math.Max(best, running);
        }
        return best;
    }
}
