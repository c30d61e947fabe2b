/**
 * @param {number[][]} intervals
 * @return {number}
 */
var minMeetingRooms = function(intervals) {
    const n = intervals.length;
    const starts = new Int32Array(n), ends = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        starts[i] = intervals[i][0];
        ends[i] = intervals[i][1];
    }
    starts.sort();
    ends.sort();
    let rooms = 0, best = 0, e = 0;
    for (const s of starts) {
        while (ends[e] <= s) {
            e++;
            rooms--;
        }
        rooms++;
        if (rooms > best) {
            best = rooms;
        }
    }
    return best;
};
