// For every meeting's start, counts the meetings running at that moment: O(n^2).
var minMeetingRooms = function(intervals) {
    const n = intervals.length;
    let best = 0;
    for (let i = 0; i < n; i++) {
        const s = intervals[i][0];
        let running = 0;
        for (let j = 0; j < n; j++) {
            if (intervals[j][0] <= s && s < intervals[j][1]) {
                running++;
            }
        }
        best = Math.max(best, running);
    }
    return best;
};
