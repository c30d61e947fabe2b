# For every day, scans forward to the first warmer day: O(n^2) when warmer days are rare
# (for example n equal temperatures). Correct, but too slow for n = 2 * 10^5.
class Solution:
    def dailyTemperatures(self, temperatures):
        n = len(temperatures)
        answer = [0] * n
        for i in range(n):
            t = temperatures[i]
            for j in range(i + 1, n):
                if temperatures[j] > t:
                    answer[i] = j - i
                    break
        return answer
