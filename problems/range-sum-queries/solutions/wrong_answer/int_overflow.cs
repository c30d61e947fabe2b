// Plausible bug: prefix sums in 32-bit int. Correct while sums are small, but they
// overflow (silently wrap around) once a sum exceeds 2^31 - 1.
public static class Program {
    public static void Main() {
        string[] data = Console.In.ReadToEnd().Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        int pos = 0;
        int n = int.Parse(data[pos++]);
        var prefix = new int[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + int.Parse(data[pos++]);
        }
        int q = int.Parse(data[pos++]);
        var output = new StringBuilder();
        for (int k = 0; k < q; k++) {
            int l = int.Parse(data[pos++]);
            int r = int.Parse(data[pos++]);
            output.Append(prefix[r + 1] - prefix[l]).Append('\n');
        }
        Console.Out.Write(output.ToString());
    }
}
