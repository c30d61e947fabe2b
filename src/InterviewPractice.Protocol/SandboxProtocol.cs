namespace InterviewPractice.Protocol;

/// <summary>The version of the sandbox protocol (docs/sandbox-protocol.md) this build speaks.</summary>
public static class SandboxProtocol
{
    /// <summary>
    /// Announced in every <c>ready</c> line; the judge refuses a container that announces another one. Bump it on
    /// any change that an image built from older sources would not follow (the harnesses hard-code it too).
    /// Version 1 had no <c>protocol</c> field in <c>ready</c>, no nonce and no <c>memoryMb</c> in <c>load</c>;
    /// version 2 had no console containers (<c>eval</c>).
    /// </summary>
    public const int Version = 3;

    /// <summary>What a <c>ready</c> line without a <c>protocol</c> field means: an image from before versions were announced.</summary>
    public const int Unversioned = 1;
}

/// <summary>The <c>type</c> of every protocol message.</summary>
public static class MessageTypes
{
    /// <summary>Container to judge, once, when its runtime is up and warm.</summary>
    public const string Ready = "ready";

    /// <summary>Judge to runner: the submission.</summary>
    public const string Load = "load";

    /// <summary>Runner's answer to <c>load</c>: the submission is ready to run.</summary>
    public const string Loaded = "loaded";

    /// <summary>Runner's answer to <c>load</c>: a syntax error, or the expected function/class is missing.</summary>
    public const string CompileError = "compile_error";

    /// <summary>Runner's answer to <c>load</c>: the submission's top level raised.</summary>
    public const string RuntimeError = "runtime_error";

    /// <summary>Judge to runner: run one input.</summary>
    public const string Test = "test";

    /// <summary>Runner's answer to <c>test</c>.</summary>
    public const string Result = "result";

    /// <summary>Judge to compiler: compile C#.</summary>
    public const string Compile = "compile";

    /// <summary>Compiler's answer to <c>compile</c>.</summary>
    public const string Compiled = "compiled";

    /// <summary>Judge to console: evaluate one snippet in the session's state.</summary>
    public const string Eval = "eval";

    /// <summary>Console's answer to <c>eval</c>.</summary>
    public const string Evaluated = "evaluated";

    /// <summary>Either container's answer to a request it cannot read: a bug in the judge, never a verdict.</summary>
    public const string Error = "error";
}

/// <summary>The <c>error</c> of a failed <c>result</c>.</summary>
public static class ErrorKinds
{
    /// <summary>An exception; <c>message</c> is its type and text.</summary>
    public const string RuntimeError = "RuntimeError";

    /// <summary>The runtime's own out-of-memory error.</summary>
    public const string MemoryError = "MemoryError";

    /// <summary>A recursion too deep that the runtime caught.</summary>
    public const string StackOverflow = "StackOverflow";

    /// <summary>The test printed more than the capture keeps.</summary>
    public const string OutputLimit = "OutputLimit";

    /// <summary>True for the kinds above, the only ones a runner may send.</summary>
    public static bool IsKnown(string? kind) => kind is RuntimeError or MemoryError or StackOverflow or OutputLimit;
}

/// <summary>The <c>io</c> of a <c>load</c>.</summary>
public static class IoModes
{
    /// <summary>LeetCode-style: a function called with arguments.</summary>
    public const string Function = "function";

    /// <summary>A whole program: stdin in, stdout out.</summary>
    public const string Stdio = "stdio";
}

/// <summary>The <c>kind</c> of a <c>compile</c>.</summary>
public static class CompileKinds
{
    /// <summary>A class library (function problems).</summary>
    public const string Library = "library";

    /// <summary>A console program (stdio problems).</summary>
    public const string Exe = "exe";
}

/// <summary>
/// The field names of a <c>result</c> line. The C# runner writes that line by hand (the return value is already
/// JSON, spliced in raw), so the names live here once for it and for <see cref="TestAnswer"/>.
/// </summary>
public static class ResultFields
{
#pragma warning disable CS1591 // each is the JSON name of the TestAnswer property of the same name
    public const string Type = "type";
    public const string Id = "id";
    public const string Nonce = "nonce";
    public const string Ok = "ok";
    public const string Value = "value";
    public const string Error = "error";
    public const string Message = "message";
    public const string Line = "line";
    public const string ExitCode = "exitCode";
    public const string Stdout = "stdout";
    public const string OutputLimit = "outputLimit";
#pragma warning restore CS1591
}
