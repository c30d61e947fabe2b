# Plausible bug: only counts each bracket type and checks that no count goes negative.
# It ignores the nesting order, so "([)]" is wrongly accepted.
class Solution:
    def isValid(self, s):
        counts = {'(': 0, '[': 0, '{': 0}
        opening = {')': '(', ']': '[', '}': '{'}
        for ch in s:
            if ch in opening:
                counts[opening[ch]] -= 1
                if counts[opening[ch]] < 0:
                    return False
            else:
                counts[ch] += 1
        return all(c == 0 for c in counts.values())
