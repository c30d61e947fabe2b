// Multiplies x into the result |n| times: correct, but up to 2^31 multiplications.
public class Solution {
    public double MyPow(double x, int n) {
        long e = Math.Abs((long)n);
        double result = 1;
        for (long i = 0; i < e; i++) result *= x;
        return n < 0 ? 1 / result : result;
    }
}
