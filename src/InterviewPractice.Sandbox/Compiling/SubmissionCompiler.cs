using System.Globalization;
using System.Text;
using InterviewPractice.Protocol;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace InterviewPractice.Sandbox.Compiling;

/// <summary>Compiles one submission at a time with Roslyn. Built once: the references, options and base
/// compilations are shared by every compile, which is what makes compiles after the first fast.</summary>
internal sealed class SubmissionCompiler
{
    private const int MaxDiagnostics = 50;

    // The namespaces LeetCode's C# has in scope without a using. A tree of their own keeps the user's line numbers.
    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        global using System.Text;
        global using System.Numerics;
        """;

    // LeetCode's node classes, which its C# problems use without defining. Added unless the submission declares
    // a type of the same name; the runner reads and writes any class of that shape (Running/NodeJson.cs).
    private static readonly (string Name, string Code)[] NodeClasses =
    [
        ("ListNode", """
            public class ListNode {
                public int val;
                public ListNode next;
                public ListNode(int val = 0, ListNode next = null) {
                    this.val = val;
                    this.next = next;
                }
            }
            """),
        ("TreeNode", """
            public class TreeNode {
                public int val;
                public TreeNode left;
                public TreeNode right;
                public TreeNode(int val = 0, TreeNode left = null, TreeNode right = null) {
                    this.val = val;
                    this.left = left;
                    this.right = right;
                }
            }
            """),
    ];

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    private static readonly EmitOptions EmitOptions = new(
        debugInformationFormat: DebugInformationFormat.PortablePdb,
        pdbFilePath: SubmissionArtifacts.PdbFileName);

    private readonly CSharpCompilation _library;
    private readonly CSharpCompilation _exe;
    private readonly (string Name, SyntaxTree Tree)[] _nodeTrees = [.. NodeClasses.Select(n =>
        (n.Name, CSharpSyntaxTree.ParseText(SourceText.From(n.Code, Encoding.UTF8), ParseOptions, n.Name + ".cs")))];

    public SubmissionCompiler()
    {
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            allowUnsafe: true,
            // `TreeNode? left` is common in solutions; annotations without flow analysis accept it without warnings.
            nullableContextOptions: NullableContextOptions.Annotations);
        var globalUsings = CSharpSyntaxTree.ParseText(
            SourceText.From(GlobalUsings, Encoding.UTF8), ParseOptions, "GlobalUsings.cs");
        _library = CSharpCompilation.Create(
            SubmissionArtifacts.AssemblyName, [globalUsings], FrameworkReferences(), options);
        _exe = _library.WithOptions(options.WithOutputKind(OutputKind.ConsoleApplication));
    }

    public CompileResult Compile(string code, SubmissionKind kind)
    {
        // The encoding is required to emit a PDB (it checksums the source).
        var tree = CSharpSyntaxTree.ParseText(
            SourceText.From(code, Encoding.UTF8), ParseOptions, SubmissionArtifacts.SourcePath);
        var compilation = (kind == SubmissionKind.Exe ? _exe : _library).AddSyntaxTrees(tree);
        if (kind != SubmissionKind.Exe)
        {
            var declared = tree.GetRoot().DescendantNodes(n => n is not BlockSyntax)
                .OfType<BaseTypeDeclarationSyntax>().Select(t => t.Identifier.ValueText).ToHashSet();
            compilation = compilation.AddSyntaxTrees(_nodeTrees.Where(n => !declared.Contains(n.Name)).Select(n => n.Tree));
        }

        using var assembly = new MemoryStream();
        using var pdb = new MemoryStream();
        var emitted = compilation.Emit(assembly, pdb, options: EmitOptions);

        var errors = Describe(emitted.Diagnostics, DiagnosticSeverity.Error, tree);
        var warnings = Describe(emitted.Diagnostics, DiagnosticSeverity.Warning, tree);
        return emitted.Success
            ? new CompileResult(assembly.ToArray(), pdb.ToArray(), errors, warnings)
            : new CompileResult(null, null, errors, warnings);
    }

    private static CompileDiagnostic[] Describe(
        IEnumerable<Diagnostic> diagnostics, DiagnosticSeverity severity, SyntaxTree userTree) =>
        diagnostics
            .Where(d => d.Severity == severity && !d.IsSuppressed)
            .Select(d => Describe(d, userTree))
            .OrderBy(d => d.Line ?? 0)
            .ThenBy(d => d.Column ?? 0)
            .Take(MaxDiagnostics)
            .ToArray();

    private static CompileDiagnostic Describe(Diagnostic diagnostic, SyntaxTree userTree)
    {
        int? line = null, column = null;
        if (diagnostic.Location.SourceTree == userTree)
        {
            var start = diagnostic.Location.GetLineSpan().StartLinePosition;
            line = start.Line + 1;
            column = start.Character + 1;
        }
        return new CompileDiagnostic(
            line,
            column,
            diagnostic.Id,
            diagnostic.GetMessage(CultureInfo.InvariantCulture),
            diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning");
    }

    /// <summary>The shared framework's assemblies only: the trusted platform assemblies also list this program's
    /// own dependencies (Roslyn), which a stdio program run by plain <c>dotnet</c> could not load.</summary>
    internal static MetadataReference[] FrameworkReferences()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var trusted = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")
            ?? throw new InvalidOperationException("The runtime lists no trusted platform assemblies.");
        return trusted
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => Path.GetDirectoryName(path) == frameworkDirectory)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    }
}
