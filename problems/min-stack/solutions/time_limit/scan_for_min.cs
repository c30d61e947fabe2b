// Keeps a plain stack and scans it on every getMin: correct, but O(n) per getMin (10^10 steps with 10^5
// elements on the stack and 10^5 calls).
public class MinStack {
    private readonly List<int> stack = new();

    public MinStack() {
    }

    public void Push(int val) {
        stack.Add(val);
    }

    public void Pop() {
        stack.RemoveAt(stack.Count - 1);
    }

    public int Top() {
        return stack[^1];
    }

    public int GetMin() {
        int min = int.MaxValue;
        for (int i = 0; i < stack.Count; i++) {
            if (stack[i] < min) {
                min = stack[i];
            }
        }
        return min;
    }
}
