using System.Diagnostics;
using System.Text.Json;
using InterviewPractice.Sandbox.Protocol;

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
            request = JsonSerializer.Deserialize(line, SandboxJsonContext.Default.CompileRequest);
        }
        catch (JsonException e)
        {
            Refuse(channel, null, $"Malformed request: {e.Message}");
            return;
        }

        switch (request)
        {
            case { Type: "compile", Code: { } code, Kind: "library" or "exe" }:
                Compile(compiler, channel, request.Id, code, request.Kind == "exe" ? SubmissionKind.Exe : SubmissionKind.Library);
                break;
            case null:
                Refuse(channel, null, "Malformed request: expected a JSON object");
                break;
            case { Type: not "compile" }:
                Refuse(channel, request.Id, $"Unknown request type `{request.Type}`; expected `compile`");
                break;
            case { Code: null }:
                Refuse(channel, request.Id, "A compile request needs `code`");
                break;
            default:
                Refuse(channel, request.Id, $"Unknown kind `{request.Kind}`; expected `library` or `exe`");
                break;
        }
    }

    private static void Compile(
        SubmissionCompiler compiler, ProtocolChannel channel, JsonElement? id, string code, SubmissionKind kind)
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
                ? new CompiledResponse(id, false, null, null, result.Errors, result.Warnings)
                : new CompiledResponse(
                    id,
                    true,
                    Convert.ToBase64String(result.Assembly),
                    Convert.ToBase64String(result.Pdb!),
                    null,
                    result.Warnings),
            SandboxJsonContext.Default.CompiledResponse);
    }

    private static void Refuse(ProtocolChannel channel, JsonElement? id, string message) =>
        channel.Send(new ErrorResponse(id, message), SandboxJsonContext.Default.ErrorResponse);
}
