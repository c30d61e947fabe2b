// Takes "no steps" as no way at all (ways(0) = 0), so ways(2) = ways(1) + ways(0) = 1 and every count after it drops.
public class Solution {
    public int ClimbStairs(int n) {
        int a = 0, b = 1; // ways to reach steps 0 and 1, with step 0 wrongly 0
        for (var i = 2; i <= n; i++) (a, b) = (b, a + b);
        return b;
    }
}
