/**
 * @param {number} n
 * @return {number}
 */
var countPrimes = function(n) {
    // Sieve of Eratosthenes in a byte array: cross out the multiples of every prime p from p * p.
    if (n < 3) return 0;
    const composite = new Uint8Array(n);
    for (let p = 2; p * p < n; p++) {
        if (composite[p]) continue;
        for (let m = p * p; m < n; m += p) composite[m] = 1;
    }
    let count = 0;
    for (let i = 2; i < n; i++) {
        if (!composite[i]) count++;
    }
    return count;
};
