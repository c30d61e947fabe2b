// Plausible bug: the O(1)-extra-space trick stores each value as its difference from the minimum below it
// (a negative difference marks a new minimum), but in int: with values near both ends of the 32-bit range the
// difference overflows and wraps around, and top and getMin come out wrong after that.
public class MinStack {
    private readonly Stack<int> diffs = new();
    private int min;

    public MinStack() {
    }

    public void Push(int val) {
        if (diffs.Count == 0) {
            diffs.Push(0);
            min = val;
        } else {
            diffs.Push(val - min);
            if (val < min) {
                min = val;
            }
        }
    }

    public void Pop() {
        int d = diffs.Pop();
        if (d < 0) {
            min -= d;
        }
    }

    public int Top() {
        int d = diffs.Peek();
        return d < 0 ? min : min + d;
    }

    public int GetMin() {
        return min;
    }
}
