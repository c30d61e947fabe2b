// Keeps a plain stack and scans it on every getMin: O(n) per getMin.
var MinStack = function() {
    this.stack = [];
};

MinStack.prototype.push = function(val) {
    this.stack.push(val);
};

MinStack.prototype.pop = function() {
    this.stack.pop();
};

MinStack.prototype.top = function() {
    return this.stack[this.stack.length - 1];
};

MinStack.prototype.getMin = function() {
    let min = Infinity;
    for (const v of this.stack) {
        if (v < min) {
            min = v;
        }
    }
    return min;
};
