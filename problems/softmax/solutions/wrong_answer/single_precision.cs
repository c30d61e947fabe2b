// Plausible bug: stable (it subtracts the maximum), but in single precision, as GPU code often is. A float
// holds about 7 significant digits: 1000.001 becomes 1000.0009765625, an error of 2.3e-5 that moves the
// outputs by about 2.3e-5 relative, far beyond the 1e-6 tolerance when logits are large and close together.
public class Solution {
    public double[] Softmax(double[] logits) {
        var z = logits.Select(x => (float)x).ToArray();
        float shift = z.Max();
        var exps = z.Select(x => MathF.Exp(x - shift)).ToArray();
        float total = 0;
        foreach (var e in exps) total += e;
        return exps.Select(e => (double)(e / total)).ToArray();
    }
}
