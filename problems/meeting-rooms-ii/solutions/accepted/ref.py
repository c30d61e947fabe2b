class Solution:
    def minMeetingRooms(self, intervals):
        # Sweep: sorted starts against sorted ends; an end at or before a start frees a room.
        starts = sorted(iv[0] for iv in intervals)
        ends = sorted(iv[1] for iv in intervals)
        rooms = best = e = 0
        for s in starts:
            while ends[e] <= s:
                e += 1
                rooms -= 1
            rooms += 1
            if rooms > best:
                best = rooms
        return best
