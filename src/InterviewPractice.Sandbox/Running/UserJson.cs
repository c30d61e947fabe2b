using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace InterviewPractice.Sandbox.Running;

/// <summary>JSON for the submission's own values (arguments, return values), whose types are only known at run
/// time, hence reflection-based rather than source-generated.</summary>
internal static class UserJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        // Protocol: NaN and the infinities travel as the strings "NaN", "Infinity" and "-Infinity".
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        Converters = { new NodeJsonFactory() },
    };

    /// <summary>Serializes a return value by its run-time type (so an <c>object</c> or interface return type
    /// still shows its contents), a null one by its <paramref name="declared"/> type. Call it on the submission's thread: a lazy <c>IEnumerable</c> runs user code.</summary>
    public static byte[] Serialize(object? value, Type declared)
    {
        if (value is null && NodeShape.Of(declared) is null)
        {
            return "null"u8.ToArray();
        }
        try
        {
            // A null ListNode/TreeNode is written by its converter: [] (the empty list or tree).
            return JsonSerializer.SerializeToUtf8Bytes(value, value?.GetType() ?? declared, Options);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            throw new ValueConversionException(
                $"The return value (a {value?.GetType().Name ?? declared.Name}) can't be written as JSON: {e.Message}", e);
        }
    }
}
