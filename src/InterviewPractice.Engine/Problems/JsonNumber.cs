using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InterviewPractice.Problems;

/// <summary>Reads numbers from JSON nodes whatever their backing (parsed text or a created primitive).</summary>
public static class JsonNumber
{
    /// <summary>True when the node is a JSON number; its value as a double.</summary>
    public static bool TryGetDouble(JsonNode? node, out double value)
    {
        value = 0;
        return node is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            && double.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
