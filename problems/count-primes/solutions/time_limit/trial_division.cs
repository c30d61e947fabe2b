// Tests every number below n by trial division up to its square root: correct, but over 5 * 10^8
// divisions at n = 5 * 10^6.
public class Solution {
    public int CountPrimes(int n) {
        int count = 0;
        for (int i = 2; i < n; i++) {
            bool prime = true;
            for (int d = 2; d * d <= i; d++) {
                if (i % d == 0) {
                    prime = false;
                    break;
                }
            }
            if (prime) count++;
        }
        return count;
    }
}
