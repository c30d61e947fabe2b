using System.Text.Json;
using System.Text.Json.Serialization;

namespace InterviewPractice.Sandbox.Protocol;

internal sealed record CompiledResponse(
    JsonElement? Id,
    bool Ok,
    string? Assembly,
    string? Pdb,
    IReadOnlyList<CompileDiagnostic>? Diagnostics,
    IReadOnlyList<CompileDiagnostic> Warnings)
{
    [JsonPropertyOrder(-1)]
    public string Type => "compiled";
}

/// <summary><see cref="Line"/> and <see cref="Column"/> are 1-based in the user's code; absent when the
/// diagnostic has no place there (e.g. a missing <c>Main</c>).</summary>
internal sealed record CompileDiagnostic(int? Line, int? Column, string Id, string Message, string Severity);

/// <summary>The answer to <c>load</c>: <c>loaded</c>, <c>compile_error</c> or <c>runtime_error</c>.</summary>
internal sealed record LoadResponse(string Type, string? Message = null, int? Line = null)
{
    public static readonly LoadResponse Loaded = new("loaded");

    public static LoadResponse CompileError(string message) => new("compile_error", message);

    public static LoadResponse RuntimeError(string message, int? line) => new("runtime_error", message, line);
}

/// <summary>The answer to a line that is not a valid request (a judge bug, never a verdict).</summary>
internal sealed record ErrorResponse(JsonElement? Id, string Message)
{
    [JsonPropertyOrder(-1)]
    public string Type => "error";
}
