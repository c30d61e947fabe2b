public class Solution {
    public int[] DailyTemperatures(int[] temperatures) {
        int n = temperatures.Length;
        var answer = new int[n];
        // Indices of days still waiting for a warmer day; their temperatures never increase
        // from the bottom of the stack to the top.
        var waiting = new int[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            while (top > 0 && temperatures[waiting[top - 1]] < temperatures[i]) {
                int day = waiting[--top];
                answer[day] = i - day;
            }
            waiting[top++] = i;
        }
        return answer;
    }
}
