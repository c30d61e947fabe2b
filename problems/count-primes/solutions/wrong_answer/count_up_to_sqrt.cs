// Plausible bug: counts the primes inside the crossing-out loop, which (rightly) stops at sqrt(n); the
// primes between sqrt(n) and n are never counted.
public class Solution {
    public int CountPrimes(int n) {
        if (n < 3) return 0;
        var composite = new bool[n];
        int count = 0;
        for (int p = 2; p * p < n; p++) {
            if (composite[p]) continue;
            count++;
            for (int m = p * p; m < n; m += p) composite[m] = true;
        }
        return count;
    }
}
