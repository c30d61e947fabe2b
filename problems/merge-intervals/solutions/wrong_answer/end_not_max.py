# Plausible bug: when merging, takes the next interval's end instead of the maximum,
# so an interval nested inside the current block ([1,10] then [2,3]) shrinks it.
class Solution:
    def merge(self, intervals):
        merged = []
        for start, end in sorted(intervals, key=lambda iv: iv[0]):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = end
            else:
                merged.append([start, end])
        return merged
