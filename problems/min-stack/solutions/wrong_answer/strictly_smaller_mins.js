// Plausible bug: the space-saving second stack pushes a value only when it is strictly smaller than the current
// minimum (< instead of <=), but pops it whenever the popped value equals the minimum. With the minimum pushed
// twice, the first pop of it removes the only copy from the min stack, and getMin then reports a larger value
// (or reads past the end).
var MinStack = function() {
    this.stack = [];
    this.mins = [];
};

MinStack.prototype.push = function(val) {
    this.stack.push(val);
    if (this.mins.length === 0 || val < this.mins[this.mins.length - 1]) {
        this.mins.push(val);
    }
};

MinStack.prototype.pop = function() {
    const val = this.stack.pop();
    if (val === this.mins[this.mins.length - 1]) {
        this.mins.pop();
    }
};

MinStack.prototype.top = function() {
    return this.stack[this.stack.length - 1];
};

MinStack.prototype.getMin = function() {
    return this.mins[this.mins.length - 1];
};
