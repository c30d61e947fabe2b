// Every entry remembers the minimum of the stack up to and including itself, so the minimum is always on top.
public class MinStack {
    private readonly List<(int Val, int Min)> stack = new();

    public MinStack() {
    }

    public void Push(int val) {
        int min = stack.Count == 0 ? val : Math.Min(val, stack[^1].Min);
        stack.Add((val, min));
    }

    public void Pop() {
        stack.RemoveAt(stack.Count - 1);
    }

    public int Top() {
        return stack[^1].Val;
    }

    public int GetMin() {
        return stack[^1].Min;
    }
}
