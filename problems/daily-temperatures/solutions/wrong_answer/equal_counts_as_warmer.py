# Plausible bug: pops with '<=' instead of '<', so a day of the SAME temperature is taken as
# the warmer day. [50, 50, 60] gives [1, 1, 0] instead of [2, 1, 0].
class Solution:
    def dailyTemperatures(self, temperatures):
        answer = [0] * len(temperatures)
        waiting = []
        for i, t in enumerate(temperatures):
            while waiting and temperatures[waiting[-1]] <= t:
                day = waiting.pop()
                answer[day] = i - day
            waiting.append(i)
        return answer
