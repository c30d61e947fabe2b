// Plausible bug: the sieve starts with every number marked prime and crosses out multiples from 2 on,
// but never marks 1 as not prime, so 1 is counted (0 is skipped by the loop).
var countPrimes = function(n) {
    if (n < 2) return 0;
    const isPrime = new Uint8Array(n).fill(1);
    for (let p = 2; p * p < n; p++) {
        if (!isPrime[p]) continue;
        for (let m = p * p; m < n; m += p) isPrime[m] = 0;
    }
    let count = 0;
    for (let i = 1; i < n; i++) {
        if (isPrime[i]) count++;
    }
    return count;
};
