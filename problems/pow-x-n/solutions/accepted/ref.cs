public class Solution {
    public double MyPow(double x, int n) {
        // Binary exponentiation. The exponent goes into a long first: -int.MinValue does not fit in an int.
        long e = n;
        if (e < 0) {
            x = 1 / x;
            e = -e;
        }
        double result = 1;
        while (e > 0) {
            if ((e & 1) == 1) result *= x;
            x *= x;
            e >>= 1;
        }
        return result;
    }
}
