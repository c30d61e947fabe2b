using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using InterviewPractice.Protocol;

namespace InterviewPractice.Judging.Sandbox;

/// <summary>
/// A line a container wrote, as the judge reads it: the answer that was due (<see cref="Message"/>), the
/// container's refusal of the judge's request (<see cref="Refusal"/>: a judge bug, never a verdict), or a
/// <see cref="Violation"/>: a line the runner cannot have written, so something else wrote to the protocol stream
/// (the submission's code, in a runner), or the container is broken.
/// </summary>
public readonly record struct Answer<T>(T? Message, string? Refusal, string? Violation) where T : class
{
    internal static Answer<T> Violated(string why) => new(null, null, why);
}

/// <summary>
/// The one reader of what sandbox containers write (docs/sandbox-protocol.md), strict on every field: the right
/// <c>type</c> for the step, this container's nonce, the id of the request it answers, every field of its JSON type
/// (through <see cref="ProtocolJsonContext"/>), <c>error</c> one of <see cref="ErrorKinds"/>. Whatever a line holds,
/// reading it never throws.
/// </summary>
public static class AnswerReader
{
    private static readonly string[] LoadTypes = [MessageTypes.Loaded, MessageTypes.CompileError, MessageTypes.RuntimeError];

    /// <summary>
    /// Null when <paramref name="line"/> is a <c>ready</c> of this protocol version; else what is wrong, in words an
    /// operator can act on.
    /// </summary>
    /// <param name="image">The image the container runs, named in the message.</param>
    public static string? CheckReady(string line, string image)
    {
        var ready = Read(line, null, [MessageTypes.Ready], ProtocolJsonContext.Default.ReadyMessage, _ => null);
        if (ready.Message is null)
        {
            return $"the container's first line is not a ready line ({ready.Violation ?? ready.Refusal})";
        }
        var version = ready.Message.Protocol ?? SandboxProtocol.Unversioned;
        return version == SandboxProtocol.Version
            ? null
            : $"the sandbox image {image} speaks protocol {version}, this judge needs {SandboxProtocol.Version}: rebuild it with ./interview setup sandbox";
    }

    /// <summary>A runner's answer to <c>load</c>.</summary>
    public static Answer<LoadAnswer> ReadLoad(string line, string nonce) =>
        Read(line, nonce, LoadTypes, ProtocolJsonContext.Default.LoadAnswer, _ => null);

    /// <summary>A runner's answer to the <c>test</c> numbered <paramref name="id"/>.</summary>
    public static Answer<TestAnswer> ReadResult(string line, string nonce, int id) =>
        Read(line, nonce, [MessageTypes.Result], ProtocolJsonContext.Default.TestAnswer, result =>
            result.Id != id ? $"a result for test {result.Id} while test {id} ran"
            : !result.Ok && !ErrorKinds.IsKnown(result.Error) ? "a failed result without a known error kind"
            : null);

    /// <summary>A compiler's answer to the <c>compile</c> numbered <paramref name="id"/>.</summary>
    public static Answer<CompiledAnswer> ReadCompiled(string line, string id) =>
        Read(line, null, [MessageTypes.Compiled], ProtocolJsonContext.Default.CompiledAnswer, compiled =>
            compiled.Id != id ? $"the answer to compile {compiled.Id} while compile {id} ran" : null);

    private static Answer<T> Read<T>(string line, string? nonce, string[] types, JsonTypeInfo<T> typeInfo, Func<T, string?> check)
        where T : class
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            return Answer<T>.Violated("a line that is not JSON");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty(ResultFields.Type, out var typeProperty) || typeProperty.ValueKind != JsonValueKind.String)
            {
                return Answer<T>.Violated("a line without a message type");
            }
            // Checked first: without this container's nonce nothing else in the line is worth reading.
            if (nonce is not null && !(root.TryGetProperty(ResultFields.Nonce, out var echoed)
                                       && echoed.ValueKind == JsonValueKind.String && echoed.ValueEquals(nonce)))
            {
                return Answer<T>.Violated("a line without this container's nonce");
            }
            var type = typeProperty.GetString()!;
            try
            {
                if (type == MessageTypes.Error)
                {
                    return new Answer<T>(null, root.Deserialize(ProtocolJsonContext.Default.ErrorAnswer)!.Message, null);
                }
                if (!types.Contains(type))
                {
                    return Answer<T>.Violated($"a `{type}` line where {string.Join(" or ", types.Select(t => $"`{t}`"))} was due");
                }
                var message = root.Deserialize(typeInfo)!;
                return check(message) is { } problem ? Answer<T>.Violated(problem) : new Answer<T>(message, null, null);
            }
            catch (JsonException e)
            {
                return Answer<T>.Violated($"a malformed `{type}` line: {e.Message}");
            }
        }
    }
}
