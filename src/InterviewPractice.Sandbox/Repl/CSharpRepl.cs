using System.Diagnostics;
using InterviewPractice.Protocol;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp.Scripting.Hosting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Scripting.Hosting;

namespace InterviewPractice.Sandbox.Repl;

/// <summary>
/// C#'s console: each snippet is a script submission continuing from the state the previous one left
/// (<see cref="ScriptState.ContinueWithAsync(string, ScriptOptions?, Func{Exception, bool}?, CancellationToken)"/>),
/// so variables, methods and types carry over, as in <c>csi</c>. A snippet ending in an expression without a
/// semicolon shows its value, formatted as <c>csi</c> formats it.
/// </summary>
internal sealed class CSharpRepl
{
    /// <summary>The file name of every snippet, for the lines of exceptions.</summary>
    private const string SnippetFile = "console";

    // LeetCode's usual namespaces, as the compiler has them for submissions, plus what a console is used for.
    private static readonly ScriptOptions Options = ScriptOptions.Default
        .WithReferences(Compiling.SubmissionCompiler.FrameworkReferences())
        .WithImports("System", "System.Collections.Generic", "System.Linq", "System.Text", "System.Numerics", "System.Text.RegularExpressions", "System.Threading.Tasks")
        .WithFilePath(SnippetFile)
        .WithEmitDebugInformation(true)
        .WithFileEncoding(System.Text.Encoding.UTF8)
        .WithOptimizationLevel(OptimizationLevel.Release);

    private static readonly PrintOptions Printing = new() { MaximumOutputLength = 8 * 1024, MemberDisplayFormat = MemberDisplayFormat.SingleLine };

    private ScriptState<object>? _state;

    /// <summary>Evaluates one snippet after the ones before it. Compile errors and exceptions are answers, not throws.</summary>
    public EvalAnswer Evaluate(int id, string code)
    {
        ScriptState<object> next;
        try
        {
            next = (_state is null
                ? CSharpScript.Create(code, Options).RunAsync(catchException: _ => true)
                : _state.ContinueWithAsync(code, Options, catchException: _ => true)).GetAwaiter().GetResult();
        }
        catch (CompilationErrorException e)
        {
            var first = e.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
            var line = first.Location.IsInSource ? first.Location.GetLineSpan().StartLinePosition.Line + 1 : (int?)null;
            return new EvalAnswer(id) { Error = $"{first.Id}: {first.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}", Line = line };
        }
        // Definitions made before an exception are kept, as csi keeps them.
        _state = next;
        if (next.Exception is { } exception)
        {
            return new EvalAnswer(id) { Error = $"{exception.GetType().Name}: {exception.Message}", Line = LineOf(exception) };
        }
        return new EvalAnswer(id) { Value = HasValue(next.Script) ? CSharpObjectFormatter.Instance.FormatObject(next.ReturnValue, Printing).TrimEnd() : null };
    }

    // csi's rule: a snippet has a value when it ends in an expression with no semicolon whose type is not void.
    private static bool HasValue(Script script)
    {
        var compilation = script.GetCompilation();
        var tree = compilation.SyntaxTrees.Last();
        if (tree.GetRoot() is not CompilationUnitSyntax { Members: [.., GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } last }] })
        {
            return false;
        }
        var type = compilation.GetSemanticModel(tree).GetTypeInfo(last.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }

    /// <summary>Evaluates typical snippets and forgets them, so the first real one finds Roslyn's code compiled.</summary>
    public void WarmUp()
    {
        Evaluate(0, "var xs = new[] { 3, 1, 2 }; int Twice(int x) => x * 2; Console.Write(\"\");");
        Evaluate(1, "xs.Order().Select(Twice).ToList()");
        Evaluate(2, "new Dictionary<string, int> { [\"a\"] = 1 }");
        Evaluate(3, "undefinedName");
        Evaluate(4, "throw new InvalidOperationException(\"x\");");
        _state = null;
    }

    // The snippet's line nearest the throw: frames of snippets are compiled with the console's file name.
    private static int? LineOf(Exception exception) =>
        new StackTrace(exception, fNeedFileInfo: true).GetFrames()
            .FirstOrDefault(f => f.GetFileName() == SnippetFile && f.GetFileLineNumber() > 0)?.GetFileLineNumber();
}
