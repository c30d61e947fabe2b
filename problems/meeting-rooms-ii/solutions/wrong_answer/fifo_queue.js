// Plausible bug: keeps the rooms' end times in a FIFO queue (in order of the meetings' starts)
// instead of a min-heap. The room that frees up first is not necessarily the one that was taken
// first: with [1, 10], [2, 3], [4, 5] the room of [2, 3] is free at 4, but the queue only looks
// at the room of [1, 10] and opens a third room.
var minMeetingRooms = function(intervals) {
    const sorted = intervals.map(iv => [iv[0], iv[1]]).sort((a, b) => a[0] - b[0]);
    const queue = [];
    let head = 0;
    for (const [start, end] of sorted) {
        if (head < queue.length && queue[head] <= start) {
            head++;
        }
        queue.push(end);
    }
    return queue.length - head;
};
