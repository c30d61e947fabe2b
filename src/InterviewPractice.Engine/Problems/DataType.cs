using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InterviewPractice.Problems;

/// <summary>The element types of the closed type set.</summary>
public enum ScalarType
{
    Int,
    Long,
    Double,
    Bool,
    String,
    Char,

    /// <summary>LeetCode's singly linked list of ints; on the wire a list of its values (<c>[]</c> for none).</summary>
    ListNode,

    /// <summary>LeetCode's binary tree of ints; on the wire its level order with nulls for missing children and
    /// no trailing nulls (<c>[3,9,20,null,null,15,7]</c>; <c>[]</c> for the empty tree).</summary>
    TreeNode,
}

/// <summary>
/// A type of the problem format's closed set: a scalar (<c>int</c>, <c>char</c>, ...), a linked list or binary
/// tree node (<c>ListNode</c>, <c>TreeNode</c>), a nullable scalar (<c>int?</c>), or a 1-D or 2-D array of one
/// (<c>double[]</c>, <c>char[][]</c>, <c>ListNode[]</c>, <c>int?[]</c>). Keeping it closed is what lets every
/// language's starter code and argument binding be generated instead of hand-written.
/// </summary>
public readonly record struct DataType(ScalarType Scalar, int Rank, bool Nullable = false)
{
    private static readonly string[] ScalarNames = ["int", "long", "double", "bool", "string", "char", "ListNode", "TreeNode"];

    /// <summary>The type as authors write it, e.g. <c>int[][]</c> or <c>int?</c>.</summary>
    public override string ToString() =>
        ScalarNames[(int)Scalar] + (Nullable ? "?" : "") + string.Concat(Enumerable.Repeat("[]", Rank));

    /// <summary>A linked list or tree node (or an array of them): values the harnesses build and read as nodes.</summary>
    public bool IsNode => Scalar is ScalarType.ListNode or ScalarType.TreeNode;

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
        var nullable = name.EndsWith('?');
        if (nullable)
        {
            name = name[..^1];
        }
        var index = Array.IndexOf(ScalarNames, name);
        // Nodes are nullable by nature (null is the empty list or tree); strings are not nullable in this set.
        if (index < 0 || rank > 2 || (nullable && (ScalarType)index is ScalarType.ListNode or ScalarType.TreeNode or ScalarType.String))
        {
            return false;
        }
        type = new DataType((ScalarType)index, rank, nullable);
        return true;
    }

    /// <summary>All names of the closed set, for error messages.</summary>
    public static string Known =>
        "int, long, double, bool, string, char, ListNode, TreeNode, the nullable int?, long?, double?, bool? and char?, and arrays T[] and T[][] of any of them";

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
            case ScalarType.Char when text.Length == 1:
                return JsonValue.Create(text);
            default:
                error = scalar == ScalarType.Char
                    ? $"'{text}' is not a char (one character, e.g. 'a')"
                    : $"'{text}' is not a{(scalar == ScalarType.Int ? "n" : "")} {ScalarNames[(int)scalar]}"
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
        if (node is null && Nullable)
        {
            return null;
        }
        switch (Scalar)
        {
            case ScalarType.ListNode:
                return node is JsonArray list && list.All(v => IsInt(v))
                    ? null
                    : $"{path} must be a ListNode: the list's values as a list of integers, [] for an empty list";
            case ScalarType.TreeNode:
                if (node is not JsonArray tree || !tree.All(v => v is null || IsInt(v)))
                {
                    return $"{path} must be a TreeNode: its level order as a list of integers and nulls (missing children), [] for an empty tree";
                }
                if (tree.Count > 0 && tree[0] is null)
                {
                    return $"{path} is a TreeNode whose root is null: write the empty tree as []";
                }
                return tree.Count > 0 && tree[^1] is null
                    ? $"{path} is a TreeNode ending in null: leave out trailing nulls, as LeetCode writes trees"
                    : null;
        }
        var ok = Scalar switch
        {
            ScalarType.Int => IsInt(node),
            ScalarType.Long => JsonNumber.TryGetDouble(node, out var l) && l == Math.Floor(l) && Math.Abs(l) <= 9.2e18,
            ScalarType.Double => JsonNumber.TryGetDouble(node, out _),
            ScalarType.Bool => node is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
            ScalarType.Char => node is JsonValue c && c.GetValueKind() == JsonValueKind.String && c.GetValue<string>().Length == 1,
            _ => node is JsonValue s && s.GetValueKind() == JsonValueKind.String,
        };
        return ok ? null : $"{path} must be a{(Scalar == ScalarType.Int ? "n" : "")} {this}";
    }

    private static bool IsInt(JsonNode? node) =>
        JsonNumber.TryGetDouble(node, out var i) && i == Math.Floor(i) && i >= int.MinValue && i <= int.MaxValue;
}
