import heapq


class Solution:
    def minMeetingRooms(self, intervals):
        # Min-heap of the end times of the rooms in use; the root is the room that frees up first.
        rooms = []
        for start, end in sorted(intervals, key=lambda iv: iv[0]):
            if rooms and rooms[0] <= start:
                heapq.heapreplace(rooms, end)
            else:
                heapq.heappush(rooms, end)
        return len(rooms)
