// Plausible bug: binary exponentiation with JavaScript's bitwise operators, which convert their operands to
// 32-bit integers. For n = -2^31, -n is 2^31, which becomes -2^31 again inside `&` and `>>`: the loop stops
// at once and the answer is 1.
var myPow = function(x, n) {
    if (n < 0) {
        x = 1 / x;
        n = -n;
    }
    let result = 1;
    while (n > 0) {
        if (n & 1) result *= x;
        x *= x;
        n >>= 1;
    }
    return result;
};
