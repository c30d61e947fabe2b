using System.Text.Json;

namespace InterviewPractice.Sandbox.Protocol;

/// <summary><c>{"type":"compile","id":"42","code":"...","kind":"library"}</c></summary>
internal sealed class CompileRequest
{
    public string? Type { get; init; }

    /// <summary>Echoed back verbatim, whatever JSON type the judge uses.</summary>
    public JsonElement? Id { get; init; }

    public string? Code { get; init; }
    public string? Kind { get; init; }
}

/// <summary>A runner's <c>load</c> or <c>test</c> line; which fields are set depends on <see cref="Type"/>.</summary>
internal sealed class RunnerRequest
{
    public string? Type { get; init; }

    // load
    public string? Io { get; init; }
    public string? Function { get; init; }
    public string? ClassName { get; init; }
    public IReadOnlyList<ParamSpec>? Params { get; init; }
    public string? Returns { get; init; }
    public string? Assembly { get; init; }
    public string? Pdb { get; init; }

    // test
    public JsonElement? Id { get; init; }
    public IReadOnlyList<JsonElement>? Args { get; init; }
    public string? Stdin { get; init; }
}

internal sealed class ParamSpec
{
    public string? Name { get; init; }
    public string? Type { get; init; }
}
