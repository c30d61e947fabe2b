public class Solution {
    public bool IsValid(string s) {
        var stack = new Stack<char>();
        foreach (char ch in s) {
            char open = ch switch { ')' => '(', ']' => '[', '}' => '{', _ => '\0' };
            if (open == '\0') {
                stack.Push(ch);
            } else if (stack.Count == 0 || stack.Pop() != open) {
                return false;
            }
        }
        return stack.Count == 0;
    }
}
