/**
 * @param {number[]} temperatures
 * @return {number[]}
 */
var dailyTemperatures = function(temperatures) {
    const n = temperatures.length;
    const answer = new Array(n).fill(0);
    const waiting = [];
    for (let i = 0; i < n; i++) {
        const t = temperatures[i];
        while (waiting.length > 0 && temperatures[waiting[waiting.length - 1]] < t) {
            const day = waiting.pop();
            answer[day] = i - day;
        }
        waiting.push(i);
    }
    return answer;
};
