# The rooms needed peak at some meeting's start: count, for every start, the meetings running
# at that moment. Correct, but O(n^2): 2.5 * 10^9 checks at n = 5 * 10^4.
class Solution:
    def minMeetingRooms(self, intervals):
        best = 0
        for s, _ in intervals:
            running = 0
            for a, b in intervals:
                if a <= s < b:
                    running += 1
            best = max(best, running)
        return best
