// Two parallel stacks: the values, and the running minimum at each depth.
var MinStack = function() {
    this.values = [];
    this.mins = [];
};

/**
 * @param {number} val
 * @return {void}
 */
MinStack.prototype.push = function(val) {
    const n = this.mins.length;
    this.values.push(val);
    this.mins.push(n === 0 || val < this.mins[n - 1] ? val : this.mins[n - 1]);
};

/**
 * @return {void}
 */
MinStack.prototype.pop = function() {
    this.values.pop();
    this.mins.pop();
};

/**
 * @return {number}
 */
MinStack.prototype.top = function() {
    return this.values[this.values.length - 1];
};

/**
 * @return {number}
 */
MinStack.prototype.getMin = function() {
    return this.mins[this.mins.length - 1];
};
