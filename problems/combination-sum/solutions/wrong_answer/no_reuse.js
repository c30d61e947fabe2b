// Plausible bug: recurses with i + 1 after picking candidates[i], as in the subsets problem, so no
// number can be used twice: [2, 2, 3] is never found.
var combinationSum = function(candidates, target) {
    const sorted = [...candidates].sort((a, b) => a - b);
    const result = [], path = [];
    const walk = (from, rest) => {
        if (rest === 0) {
            result.push([...path]);
            return;
        }
        for (let i = from; i < sorted.length && sorted[i] <= rest; i++) {
            path.push(sorted[i]);
            walk(i + 1, rest - sorted[i]);
            path.pop();
        }
    };
    walk(0, target);
    return result;
};
