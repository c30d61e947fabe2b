using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Nodes;

namespace InterviewPractice.Problems;

/// <summary>The scalar types of the closed type set.</summary>
public enum ScalarType
{
    Int,
    Long,
    Double,
    Bool,
    String,
}

/// <summary>
/// A type of the problem format's closed set: a scalar, or a 1-D or 2-D array of one (<c>int</c>,
/// <c>double[]</c>, <c>string[][]</c>). Keeping it closed is what lets every language's starter code and
/// argument binding be generated instead of hand-written.
/// </summary>
public readonly record struct DataType(ScalarType Scalar, int Rank)
{
    private static readonly string[] ScalarNames = ["int", "long", "double", "bool", "string"];

    /// <summary>The type as authors write it, e.g. <c>int[][]</c>.</summary>
    public override string ToString() => ScalarNames[(int)Scalar] + string.Concat(Enumerable.Repeat("[]", Rank));

    /// <summary>Parses a type name of the closed set.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out DataType? type)
    {
        type = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var name = text.Trim();
        var rank = 0;
        while (name.EndsWith("[]", StringComparison.Ordinal))
        {
            rank++;
            name = name[..^2];
        }
        var index = Array.IndexOf(ScalarNames, name);
        if (index < 0 || rank > 2)
        {
            return false;
        }
        type = new DataType((ScalarType)index, rank);
        return true;
    }

    /// <summary>All names of the closed set, for error messages.</summary>
    public static string Known => "int, long, double, bool, string, and their arrays T[] and T[][]";

    /// <summary>The element type of an array type.</summary>
    public DataType Element => Rank > 0 ? this with { Rank = Rank - 1 } : throw new InvalidOperationException("not an array");

    /// <summary>Checks a scalar's text against the scalar type and returns its JSON value, or an error.</summary>
    public static JsonValue? ParseScalar(ScalarType scalar, string text, bool quoted, out string? error)
    {
        error = null;
        switch (scalar)
        {
            case ScalarType.Int when !quoted && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i):
                return JsonValue.Create(i);
            case ScalarType.Long when !quoted && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l):
                return JsonValue.Create(l);
            case ScalarType.Double when !quoted && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d):
                return JsonValue.Create(d);
            case ScalarType.Bool when !quoted && text is "true" or "false":
                return JsonValue.Create(text == "true");
            case ScalarType.String:
                return JsonValue.Create(text);
            default:
                error = $"'{text}' is not a{(scalar == ScalarType.Int ? "n" : "")} {ScalarNames[(int)scalar]}"
                    + (scalar == ScalarType.Int ? " (32-bit integer)" : "");
                return null;
        }
    }

    /// <summary>Why a JSON value is not of this type (naming the path inside it), or null when it is.</summary>
    public string? Check(JsonNode? node, string path)
    {
        if (Rank > 0)
        {
            if (node is not JsonArray array)
            {
                return $"{path} must be a list ({this})";
            }
            for (var i = 0; i < array.Count; i++)
            {
                if (Element.Check(array[i], $"{path}[{i}]") is { } error)
                {
                    return error;
                }
            }
            return null;
        }
        var ok = Scalar switch
        {
            ScalarType.Int => JsonNumber.TryGetDouble(node, out var i) && i == Math.Floor(i) && i >= int.MinValue && i <= int.MaxValue,
            ScalarType.Long => JsonNumber.TryGetDouble(node, out var l) && l == Math.Floor(l) && Math.Abs(l) <= 9.2e18,
            ScalarType.Double => JsonNumber.TryGetDouble(node, out _),
            ScalarType.Bool => node is JsonValue b && b.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False,
            _ => node is JsonValue s && s.GetValueKind() == System.Text.Json.JsonValueKind.String,
        };
        return ok ? null : $"{path} must be a{(Scalar == ScalarType.Int ? "n" : "")} {this}";
    }
}
