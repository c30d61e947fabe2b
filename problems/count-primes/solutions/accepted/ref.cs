public class Solution {
    public int CountPrimes(int n) {
        // Sieve of Eratosthenes: cross out the multiples of each prime p from p * p (smaller multiples have a
        // smaller prime factor and are crossed out already). Only primes up to sqrt(n - 1) need crossing.
        if (n < 3) return 0;
        var composite = new bool[n];
        for (int p = 2; (long)p * p < n; p++) {
            if (composite[p]) continue;
            for (int m = p * p; m < n; m += p) composite[m] = true;
        }
        int count = 0;
        for (int i = 2; i < n; i++) {
            if (!composite[i]) count++;
        }
        return count;
    }
}
