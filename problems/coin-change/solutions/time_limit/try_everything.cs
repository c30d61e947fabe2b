// Plain recursion over every choice of the next coin, without memoisation: the same remaining
// amounts are solved again and again, exponential time.
public class Solution {
    private int[] coins;

    private int Fewest(int rest) {
        if (rest == 0) {
            return 0;
        }
        int best = -1;
        foreach (int c in coins) {
            if (c <= rest) {
                int sub = Fewest(rest - c);
                if (sub >= 0 && (best < 0 || sub + 1 < best)) {
                    best = sub + 1;
                }
            }
        }
        return best;
    }

    public int CoinChange(int[] coins, int amount) {
        this.coins = coins;
        return Fewest(amount);
    }
}
