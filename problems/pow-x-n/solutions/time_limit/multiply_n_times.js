// Multiplies x into the result |n| times: correct, but up to 2^31 multiplications.
var myPow = function(x, n) {
    const e = Math.abs(n);
    let result = 1;
    for (let i = 0; i < e; i++) result *= x;
    return n < 0 ? 1 / result : result;
};
