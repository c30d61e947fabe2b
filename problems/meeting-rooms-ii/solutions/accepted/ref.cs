public class Solution {
    public int MinMeetingRooms(int[][] intervals) {
        int n = intervals.Length;
        var starts = new int[n];
        var ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = intervals[i][0];
            ends[i] = intervals[i][1];
        }
        Array.Sort(starts);
        Array.Sort(ends);
        // Sweep the starts in order; every end at or before the current start has freed a room.
        int rooms = 0, best = 0, e = 0;
        foreach (int s in starts) {
            while (ends[e] <= s) {
                e++;
                rooms--;
            }
            rooms++;
            best = Math.Max(best, rooms);
        }
        return best;
    }
}
