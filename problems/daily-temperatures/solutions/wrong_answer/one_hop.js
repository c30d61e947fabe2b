// Plausible bug: a backward pass that, when tomorrow is not warmer, borrows tomorrow's answer
// once ("wait for the day tomorrow waits for"). That day is warmer than tomorrow, but not
// necessarily warmer than today: it should keep hopping. [70, 60, 65, 80] gives 2 for day 0.
var dailyTemperatures = function(temperatures) {
    const n = temperatures.length;
    const answer = new Array(n).fill(0);
    for (let i = n - 2; i >= 0; i--) {
        if (temperatures[i + 1] > temperatures[i]) {
            answer[i] = 1;
        } else if (answer[i + 1] > 0) {
            answer[i] = answer[i + 1] + 1;
        }
    }
    return answer;
};
