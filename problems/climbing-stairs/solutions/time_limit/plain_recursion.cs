public class Solution {
    public int ClimbStairs(int n) => n <= 1 ? 1 : ClimbStairs(n - 1) + ClimbStairs(n - 2);
}
