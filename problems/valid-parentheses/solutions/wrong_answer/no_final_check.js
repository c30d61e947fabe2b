// Plausible bug: matches closing brackets correctly but forgets to check that the
// stack is empty at the end, so unclosed openers such as "((" are accepted.
var isValid = function(s) {
    const opening = { ')': '(', ']': '[', '}': '{' };
    const stack = [];
    for (const ch of s) {
        if (ch in opening) {
            if (stack.length === 0 || stack.pop() !== opening[ch]) {
                return false;
            }
        } else {
            stack.push(ch);
        }
    }
    return true;
};
