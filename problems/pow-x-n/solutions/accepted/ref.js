/**
 * @param {number} x
 * @param {number} n
 * @return {number}
 */
var myPow = function(x, n) {
    // Divide and conquer: x^n = (x^(n/2))^2, times x when n is odd. Arithmetic (not bitwise) halving: the
    // bitwise operators work on 32-bit integers, and -n can be 2^31.
    if (n < 0) return 1 / myPow(x, -n);
    if (n === 0) return 1;
    const half = myPow(x, Math.floor(n / 2));
    return n % 2 === 0 ? half * half : half * half * x;
};
