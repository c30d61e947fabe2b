// Tests every number below n by trial division up to its square root: O(n sqrt(n)).
var countPrimes = function(n) {
    let count = 0;
    for (let i = 2; i < n; i++) {
        let prime = true;
        for (let d = 2; d * d <= i; d++) {
            if (i % d === 0) {
                prime = false;
                break;
            }
        }
        if (prime) count++;
    }
    return count;
};
