// Plausible bug: negates n in an int. For n = int.MinValue, -n overflows back to int.MinValue, the loop
// `while (n > 0)` never runs, and the answer is 1 whatever x is (2^-2147483648 is 0, not 1).
public class Solution {
    public double MyPow(double x, int n) {
        if (n < 0) {
            x = 1 / x;
            n = -n;
        }
        double result = 1;
        while (n > 0) {
            if ((n & 1) == 1) result *= x;
            x *= x;
            n >>= 1;
        }
        return result;
    }
}
