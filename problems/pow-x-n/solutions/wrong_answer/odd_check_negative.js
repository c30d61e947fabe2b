// Plausible bug: recursion on n / 2 that tests oddness with n % 2 === 1. For negative n the remainder is
// -1 or 0, never 1, so the extra factor (1 / x) of a negative odd exponent is dropped at every level and
// every negative exponent gives 1.
var myPow = function(x, n) {
    if (n === 0) return 1;
    const half = myPow(x, Math.trunc(n / 2));
    if (n % 2 === 1) return half * half * x;
    return half * half;
};
