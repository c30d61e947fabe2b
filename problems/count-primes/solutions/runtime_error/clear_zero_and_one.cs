// Plausible bug: a correct sieve of size n that marks 0 and 1 as not prime unconditionally. For n = 0 or
// n = 1 the array has no index 1 (or 0), and the program crashes with an IndexOutOfRangeException.
public class Solution {
    public int CountPrimes(int n) {
        var isPrime = new bool[n];
        Array.Fill(isPrime, true);
        isPrime[0] = isPrime[1] = false;
        for (int p = 2; (long)p * p < n; p++) {
            if (!isPrime[p]) continue;
            for (int m = p * p; m < n; m += p) isPrime[m] = false;
        }
        int count = 0;
        foreach (bool b in isPrime) if (b) count++;
        return count;
    }
}
