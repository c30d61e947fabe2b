public static class Program {
    public static void Main() {
        string[] data = Console.In.ReadToEnd().Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        int pos = 0;
        int n = int.Parse(data[pos++]);
        var prefix = new long[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + long.Parse(data[pos++]);
        }
        int q = int.Parse(data[pos++]);
        var output = new StringBuilder();
        for (int k = 0; k < q; k++) {
            int l = int.Parse(data[pos++]);
            int r = int.Parse(data[pos++]);
            output.Append(prefix[r + 1] - prefix[l]).Append('\n');
        }
        Console.Out.Write(output.ToString());
        Console.Out.Flush();
    }
}
