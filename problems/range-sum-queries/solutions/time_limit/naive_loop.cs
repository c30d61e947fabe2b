// Sums each query's range with a loop: O(n) per query, O(n * q) in all. Correct (sums in long), but about
// 8 * 10^9 additions when n = q = 10^5 and the ranges are wide.
public static class Program {
    public static void Main() {
        string[] data = Console.In.ReadToEnd().Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        int pos = 0;
        int n = int.Parse(data[pos++]);
        var a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = long.Parse(data[pos++]);
        }
        int q = int.Parse(data[pos++]);
        var output = new StringBuilder();
        for (int k = 0; k < q; k++) {
            int l = int.Parse(data[pos++]);
            int r = int.Parse(data[pos++]);
            long sum = 0;
            for (int i = l; i <= r; i++) {
                sum += a[i];
            }
            output.Append(sum).Append('\n');
        }
        Console.Out.Write(output.ToString());
    }
}
