# Plausible bug: frees a room only when it ended strictly BEFORE the next start ('<' instead of
# '<='), so back-to-back meetings ([1, 5] then [5, 9]) are given separate rooms.
import heapq


class Solution:
    def minMeetingRooms(self, intervals):
        rooms = []
        for start, end in sorted(intervals):
            if rooms and rooms[0] < start:
                heapq.heapreplace(rooms, end)
            else:
                heapq.heappush(rooms, end)
        return len(rooms)
