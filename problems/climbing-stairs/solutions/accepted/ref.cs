public class Solution {
    public int ClimbStairs(int n) {
        int a = 1, b = 1; // ways to reach steps i - 1 and i
        for (var i = 2; i <= n; i++) (a, b) = (b, a + b);
        return b;
    }
}
