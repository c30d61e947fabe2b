// Plausible bug: Math.Abs(int.MinValue) has no int result and throws an OverflowException.
public class Solution {
    public double MyPow(double x, int n) {
        int e = Math.Abs(n);
        double result = 1;
        while (e > 0) {
            if ((e & 1) == 1) result *= x;
            x *= x;
            e >>= 1;
        }
        return n < 0 ? 1 / result : result;
    }
}
