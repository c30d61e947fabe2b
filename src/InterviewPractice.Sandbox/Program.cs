using InterviewPractice.Sandbox.Compiling;
using InterviewPractice.Sandbox.Repl;
using InterviewPractice.Sandbox.Running;

// The sandbox image runs `dotnet /opt/sandbox/InterviewPractice.Sandbox.dll compile|run|console`; the protocol spoken on
// stdin/stdout is docs/sandbox-protocol.md.
return args switch
{
    ["compile"] => CompileServer.Run(),
    ["run"] => Runner.Run(),
    ["console"] => ConsoleServer.Run(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: InterviewPractice.Sandbox compile|run|console");
    return 2;
}
