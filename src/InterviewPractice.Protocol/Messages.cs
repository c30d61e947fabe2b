using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace InterviewPractice.Protocol;

/// <summary><c>{"type":"ready","protocol":3}</c>: the container's runtime is up and warm.</summary>
public sealed record ReadyMessage
{
    /// <summary>The version the container speaks; absent (null) from images before version 2.</summary>
    public int? Protocol { get; init; }

    /// <summary>Always <see cref="MessageTypes.Ready"/>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type => MessageTypes.Ready;

    /// <summary>The ready line of this build.</summary>
    public static ReadyMessage Current { get; } = new() { Protocol = SandboxProtocol.Version };
}

/// <summary>A parameter of the function a <c>load</c> names, with its declared type (<c>int[]</c>, <c>string</c>...).</summary>
public sealed record ParamSpec(string Name, string Type);

/// <summary>A method of a design problem's class: its name as the problem spells it (<c>get</c>) and parameters.</summary>
public sealed record MethodSpec(string Name, IReadOnlyList<ParamSpec> Params)
{
    /// <summary>The return type; absent (null) when the method returns nothing.</summary>
    public string? Returns { get; init; }
}

/// <summary>A design problem's class (LeetCode's <c>LRUCache</c>): each test's arguments are the operations (the
/// class name, then method names) and a list of arguments per operation; the result is a list with one value per
/// operation (null for the constructor and for methods that return nothing).</summary>
public sealed record DesignSpec(string ClassName, IReadOnlyList<ParamSpec> Constructor, IReadOnlyList<MethodSpec> Methods);

/// <summary>
/// Judge to runner: the submission. <see cref="Nonce"/> is this container's secret, echoed in every answer;
/// <see cref="MemoryMb"/> the problem's memory limit (the container's cgroup limit from now on).
/// </summary>
/// <param name="Io"><see cref="IoModes.Function"/> or <see cref="IoModes.Stdio"/>.</param>
/// <param name="Code">The user's source (C#: the source the assembly was compiled from).</param>
public sealed record LoadRequest(string Io, string Code, string Nonce, int MemoryMb)
{
    /// <summary>Always <see cref="MessageTypes.Load"/>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type => MessageTypes.Load;

    /// <summary>Function problems: the function's name as the problem spells it (<c>twoSum</c>).</summary>
    public string? Function { get; init; }

    /// <summary>Function problems: the class holding it (<c>Solution</c>).</summary>
    public string? ClassName { get; init; }

    /// <summary>Function problems: the parameters, in call order.</summary>
    public IReadOnlyList<ParamSpec>? Params { get; init; }

    /// <summary>Function problems: the declared return type.</summary>
    public string? Returns { get; init; }

    /// <summary>Design problems: the class to drive; <see cref="Function"/> and <see cref="Params"/> are then
    /// absent, and each test's <c>args</c> are the operations and their arguments.</summary>
    public DesignSpec? Design { get; init; }

    /// <summary>C#: the base64 of the compiled assembly.</summary>
    public string? Assembly { get; init; }

    /// <summary>C#: the base64 of its portable PDB.</summary>
    public string? Pdb { get; init; }
}

/// <summary>
/// Runner's answer to <c>load</c>: <see cref="MessageTypes.Loaded"/>, <see cref="MessageTypes.CompileError"/> or
/// <see cref="MessageTypes.RuntimeError"/>. <see cref="Line"/> and <see cref="Column"/> are 1-based in the user's code.
/// </summary>
public sealed record LoadAnswer(string Type, string? Message = null, int? Line = null, int? Column = null)
{
    /// <summary>The nonce of the <c>load</c> it answers.</summary>
    public string? Nonce { get; init; }

    /// <summary>The submission is ready to run.</summary>
    public static LoadAnswer Loaded { get; } = new(MessageTypes.Loaded);

    /// <summary>The code does not compile or lacks what the problem expects.</summary>
    public static LoadAnswer CompileError(string message, int? line = null, int? column = null) =>
        new(MessageTypes.CompileError, message, line, column);

    /// <summary>The code's top level raised.</summary>
    public static LoadAnswer RuntimeError(string message, int? line) => new(MessageTypes.RuntimeError, message, line);
}

/// <summary>
/// Judge to runner: run one input. Function problems send <see cref="Args"/> (positional, in the order of the
/// load's params), stdio problems <see cref="Stdin"/>.
/// </summary>
/// <param name="Id">Numbers the tests of one submission, from 0; echoed in the result.</param>
public sealed record TestRequest(int Id)
{
    /// <summary>Always <see cref="MessageTypes.Test"/>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type => MessageTypes.Test;

    /// <summary>Function problems: the arguments as JSON.</summary>
    public IReadOnlyList<JsonElement>? Args { get; init; }

    /// <summary>Stdio problems: the program's whole stdin.</summary>
    public string? Stdin { get; init; }
}

/// <summary>
/// Runner's answer to <c>test</c>. Either <see cref="Ok"/> with <see cref="Value"/> (any JSON), or not, with
/// <see cref="Error"/> one of <see cref="ErrorKinds"/>.
/// </summary>
/// <param name="Id">The id of the test it answers.</param>
public sealed record TestAnswer(
    [property: JsonPropertyName(ResultFields.Id)] int Id,
    [property: JsonPropertyName(ResultFields.Ok)] bool Ok)
{
    /// <summary>Always <see cref="MessageTypes.Result"/>.</summary>
    [JsonPropertyName(ResultFields.Type)]
    [JsonPropertyOrder(-1)]
    public string Type => MessageTypes.Result;

    /// <summary>The nonce of the submission's <c>load</c>.</summary>
    [JsonPropertyName(ResultFields.Nonce)]
    public string? Nonce { get; init; }

    /// <summary>The return value (stdio: the program's stdout as a string).</summary>
    [JsonPropertyName(ResultFields.Value)]
    public JsonNode? Value { get; init; }

    /// <summary>Why the test failed: one of <see cref="ErrorKinds"/>.</summary>
    [JsonPropertyName(ResultFields.Error)]
    public string? Error { get; init; }

    /// <summary>The exception's type and text.</summary>
    [JsonPropertyName(ResultFields.Message)]
    public string? Message { get; init; }

    /// <summary>The deepest line of the user's code in the failure, 1-based.</summary>
    [JsonPropertyName(ResultFields.Line)]
    public int? Line { get; init; }

    /// <summary>Stdio problems: the program's non-zero exit code.</summary>
    [JsonPropertyName(ResultFields.ExitCode)]
    public int? ExitCode { get; init; }

    /// <summary>What the code printed during the test (at most 64 KiB).</summary>
    [JsonPropertyName(ResultFields.Stdout)]
    public string? Stdout { get; init; }

    /// <summary>True when the printed output was cut.</summary>
    [JsonPropertyName(ResultFields.OutputLimit)]
    public bool? OutputLimit { get; init; }
}

/// <summary>Judge to compiler: compile C# as a library (function problems) or a program (stdio ones).</summary>
/// <param name="Kind"><see cref="CompileKinds.Library"/> or <see cref="CompileKinds.Exe"/>.</param>
public sealed record CompileRequest(string Id, string Code, string Kind)
{
    /// <summary>Always <see cref="MessageTypes.Compile"/>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type => MessageTypes.Compile;
}

/// <summary>
/// Compiler's answer: the base64 <see cref="Assembly"/> and <see cref="Pdb"/> when <see cref="Ok"/>, else the
/// <see cref="Diagnostics"/>.
/// </summary>
/// <param name="Id">The id of the request it answers.</param>
public sealed record CompiledAnswer(string Id, bool Ok)
{
    /// <summary>Always <see cref="MessageTypes.Compiled"/>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type => MessageTypes.Compiled;

    /// <summary>The compiled assembly, base64.</summary>
    public string? Assembly { get; init; }

    /// <summary>Its portable PDB, base64.</summary>
    public string? Pdb { get; init; }

    /// <summary>The errors, when not <see cref="Ok"/>.</summary>
    public IReadOnlyList<CompileDiagnostic>? Diagnostics { get; init; }

    /// <summary>The warnings.</summary>
    public IReadOnlyList<CompileDiagnostic>? Warnings { get; init; }
}

/// <summary>
/// A compiler diagnostic. <see cref="Line"/> and <see cref="Column"/> are 1-based in the user's code; absent when
/// it has no place there (a missing <c>Main</c>, say).
/// </summary>
public sealed record CompileDiagnostic(int? Line, int? Column, string Id, string Message, string Severity);

/// <summary>
/// Judge to console container: evaluate <see cref="Code"/> after everything evaluated before it, as the language's
/// REPL would. <see cref="Nonce"/> is the container's secret, echoed in the answer.
/// </summary>
/// <param name="Id">Numbers the evaluations of one container, from 0; echoed in the answer.</param>
public sealed record EvalRequest(int Id, string Code, string Nonce)
{
    /// <summary>Always <see cref="MessageTypes.Eval"/>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type => MessageTypes.Eval;
}

/// <summary>
/// Console's answer to <c>eval</c>: what the snippet printed, then its value as the language's REPL shows it
/// (<see cref="Value"/>, absent for a statement or a value the REPL does not show), or the error that ended it.
/// </summary>
/// <param name="Id">The id of the evaluation it answers.</param>
public sealed record EvalAnswer(int Id)
{
    /// <summary>Always <see cref="MessageTypes.Evaluated"/>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type => MessageTypes.Evaluated;

    /// <summary>The nonce of the request.</summary>
    public string? Nonce { get; init; }

    /// <summary>What the snippet printed (stdout and stderr, in order; at most 64 KiB).</summary>
    public string Stdout { get; init; } = "";

    /// <summary>The value of the snippet's last expression, formatted as the REPL formats it.</summary>
    public string? Value { get; init; }

    /// <summary>The compile error or exception that ended the snippet: its type and message.</summary>
    public string? Error { get; init; }

    /// <summary>The line of <see cref="Error"/> in the snippet, 1-based, when it has one there.</summary>
    public int? Line { get; init; }

    /// <summary>True when the snippet printed more than is kept: it was stopped there.</summary>
    public bool OutputLimit { get; init; }
}

/// <summary>Either container's answer to a line it cannot read as a request: a bug in the judge, never a verdict.</summary>
public sealed record ErrorAnswer(string Message)
{
    /// <summary>Always <see cref="MessageTypes.Error"/>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type => MessageTypes.Error;

    /// <summary>The id of the request, when it could be read.</summary>
    public JsonElement? Id { get; init; }

    /// <summary>A runner's nonce, when it has had a <c>load</c>.</summary>
    public string? Nonce { get; init; }
}
