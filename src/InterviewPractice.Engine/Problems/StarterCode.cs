using System.Collections.Immutable;
using System.Text;

namespace InterviewPractice.Problems;

/// <summary>
/// Generates the code a user starts from, per language, from the signature, in LeetCode's conventions so
/// habits carry over. Never hand-copied into problem folders, so it cannot drift from the signature.
/// </summary>
public static class StarterCode
{
    /// <summary>Starter code for every language of a problem.</summary>
    public static ImmutableDictionary<Language, string> For(IoMode io, Signature? signature, IEnumerable<Language> languages) =>
        languages.ToImmutableDictionary(l => l, l => io == IoMode.Stdio || signature is null ? Stdio(l) : Function(l, signature));

    /// <summary>The method name in C#: the function name in PascalCase.</summary>
    public static string CSharpName(string function) => char.ToUpperInvariant(function[0]) + function[1..];

    private static string Function(Language language, Signature s) => language switch
    {
        Language.CSharp => $$"""
            public class Solution {
                public {{CSharp(s.Returns)}} {{CSharpName(s.Function)}}({{string.Join(", ", s.Params.Select(p => $"{CSharp(p.Type)} {p.Name}"))}}) {
                    
                }
            }
            """,
        Language.JavaScript => JsDoc(s) + $$"""
            var {{s.Function}} = function({{string.Join(", ", s.Params.Select(p => p.Name))}}) {
                
            };
            """,
        Language.Python => PythonFunction(s),
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    } + "\n";

    private static string Stdio(Language language) => language switch
    {
        Language.CSharp => """
            // Read the input from standard input, write the answer to standard output.
            var input = Console.In.ReadToEnd();

            """,
        Language.JavaScript => """
            // Read the input from standard input, write the answer to standard output.
            const input = require("fs").readFileSync(0, "utf8");

            """,
        Language.Python => """
            # Read the input from standard input, write the answer to standard output.
            import sys

            data = sys.stdin.read()

            """,
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    private static string PythonFunction(Signature s)
    {
        var code = new StringBuilder("class Solution:\n");
        code.Append($"    def {s.Function}(self{string.Concat(s.Params.Select(p => ", " + p.Name))}):\n");
        code.Append("        \"\"\"\n");
        foreach (var p in s.Params)
        {
            code.Append($"        :type {p.Name}: {Python(p.Type)}\n");
        }
        return code.Append($"        :rtype: {Python(s.Returns)}\n        \"\"\"\n        ").ToString();
    }

    private static string JsDoc(Signature s)
    {
        var doc = new StringBuilder("/**\n");
        foreach (var p in s.Params)
        {
            doc.Append($" * @param {{{JavaScript(p.Type)}}} {p.Name}\n");
        }
        return doc.Append($" * @return {{{JavaScript(s.Returns)}}}\n */\n").ToString();
    }

    private static string CSharp(DataType t) => t.ToString();

    private static string JavaScript(DataType t) => Scalar(t.Scalar, "number", "number", "number", "boolean", "string") + Brackets(t.Rank);

    private static string Python(DataType t)
    {
        var name = Scalar(t.Scalar, "int", "int", "float", "bool", "str");
        for (var i = 0; i < t.Rank; i++)
        {
            name = $"List[{name}]";
        }
        return name;
    }

    private static string Scalar(ScalarType s, string i, string l, string d, string b, string str) => s switch
    {
        ScalarType.Int => i,
        ScalarType.Long => l,
        ScalarType.Double => d,
        ScalarType.Bool => b,
        _ => str,
    };

    private static string Brackets(int rank) => string.Concat(Enumerable.Repeat("[]", rank));
}
