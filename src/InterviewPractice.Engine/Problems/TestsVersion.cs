using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InterviewPractice.Problems;

/// <summary>
/// The fingerprint of what decides a coding problem's verdicts: its cases (names, inputs, expected outputs), the
/// checker with its tolerances or code, the limits, the I/O mode and the signature. The statement, the editorial
/// and the reference solutions are left out: editing those changes no verdict.
/// </summary>
public static class TestsVersion
{
    /// <summary>The first 16 hex digits of the SHA-256 of the problem's judging material.</summary>
    public static string Of(Problem problem)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => AddUtf8(Encoding.UTF8.GetBytes(text));
        void AddUtf8(ReadOnlySpan<byte> utf8)
        {
            hash.AppendData(utf8);
            hash.AppendData([0]);
        }
        var c = problem.Checker;
        Add(string.Create(CultureInfo.InvariantCulture, $"{problem.Io}|{c.Kind}|{c.Rtol:R}|{c.Atol:R}|{problem.Limits.TimeMs}|{problem.Limits.MemoryMb}"));
        Add(c.Code ?? "");
        Add(string.Join(',', (problem.Limits.ByLanguage ?? ImmutableSortedDictionary<Language, int>.Empty).Select(kv => $"{kv.Key.Id()}={kv.Value}")));
        if (problem.Signature is { } signature)
        {
            Add(signature.ToString());
        }
        foreach (var test in problem.Samples.Concat(problem.Hidden))
        {
            var (input, output) = test.Utf8Json();
            Add(test.Name);
            AddUtf8(input.Span);
            AddUtf8(output.Span);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
