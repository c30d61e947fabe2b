/**
 * @param {string} s
 * @return {boolean}
 */
var isValid = function(s) {
    const opening = { ')': '(', ']': '[', '}': '{' };
    const stack = [];
    for (const ch of s) {
        if (ch in opening) {
            if (stack.length === 0 || stack[stack.length - 1] !== opening[ch]) {
                return false;
            }
            stack.pop();
        } else {
            stack.push(ch);
        }
    }
    return stack.length === 0;
};
