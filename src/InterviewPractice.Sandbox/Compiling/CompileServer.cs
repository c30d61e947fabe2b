using System.Diagnostics;
using System.Text.Json;
using InterviewPractice.Protocol;

namespace InterviewPractice.Sandbox.Compiling;

/// <summary>The long-lived C# compile container: warm up, then answer one <c>compile</c> line at a time.</summary>
internal static class CompileServer
{
    public static int Run()
    {
        var started = Stopwatch.GetTimestamp();
        var compiler = new SubmissionCompiler();
        CompilerWarmup.Run(compiler);
        // stderr is not the protocol; it ends up in the container's log.
        Console.Error.WriteLine(
            $"compile server warm after {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");

        var channel = new ProtocolChannel(Console.OpenStandardInput(), Console.OpenStandardOutput());
        channel.SendReady();
        while (channel.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                Answer(compiler, channel, line);
            }
        }
        return 0;
    }

    private static void Answer(SubmissionCompiler compiler, ProtocolChannel channel, string line)
    {
        CompileRequest? request;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                || type.GetString() != MessageTypes.Compile)
            {
                Refuse(channel, null, $"Expected a `{MessageTypes.Compile}` request");
                return;
            }
            request = root.Deserialize(ProtocolJsonContext.Default.CompileRequest);
        }
        catch (JsonException e)
        {
            Refuse(channel, null, $"Malformed request: {e.Message}");
            return;
        }

        switch (request)
        {
            case { Kind: CompileKinds.Library or CompileKinds.Exe }:
                Compile(compiler, channel, request.Id, request.Code, request.Kind == CompileKinds.Exe ? SubmissionKind.Exe : SubmissionKind.Library);
                break;
            case null:
                Refuse(channel, null, "Malformed request: expected a JSON object");
                break;
            default:
                Refuse(channel, request.Id, $"Unknown kind `{request.Kind}`; expected `{CompileKinds.Library}` or `{CompileKinds.Exe}`");
                break;
        }
    }

    private static void Compile(
        SubmissionCompiler compiler, ProtocolChannel channel, string id, string code, SubmissionKind kind)
    {
        CompileResult result;
        try
        {
            result = compiler.Compile(code, kind);
        }
        catch (Exception e)
        {
            // A compiler crash on one odd submission must not take the server (and the next compile) down with it.
            Console.Error.WriteLine($"compile {id} failed: {e}");
            Refuse(channel, id, $"The compiler failed: {e.GetType().Name}: {e.Message}");
            return;
        }

        channel.Send(
            result.Assembly is null
                ? new CompiledAnswer(id, false) { Diagnostics = result.Errors, Warnings = result.Warnings }
                : new CompiledAnswer(id, true)
                {
                    Assembly = Convert.ToBase64String(result.Assembly),
                    Pdb = Convert.ToBase64String(result.Pdb!),
                    Warnings = result.Warnings,
                },
            ProtocolJsonContext.Default.CompiledAnswer);
    }

    private static void Refuse(ProtocolChannel channel, string? id, string message) =>
        channel.Send(
            new ErrorAnswer(message) { Id = id is null ? null : JsonSerializer.SerializeToElement(id, ProtocolJsonContext.Default.String) },
            ProtocolJsonContext.Default.ErrorAnswer);
}
