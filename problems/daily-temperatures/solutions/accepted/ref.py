class Solution:
    def dailyTemperatures(self, temperatures):
        answer = [0] * len(temperatures)
        waiting = []  # indices of days without a warmer day yet; temperatures non-increasing
        for i, t in enumerate(temperatures):
            while waiting and temperatures[waiting[-1]] < t:
                day = waiting.pop()
                answer[day] = i - day
            waiting.append(i)
        return answer
