using InterviewPractice.Protocol;

namespace InterviewPractice.Sandbox.Compiling;

/// <summary><see cref="Assembly"/> and <see cref="Pdb"/> are set exactly when there are no errors.</summary>
internal sealed record CompileResult(
    byte[]? Assembly,
    byte[]? Pdb,
    IReadOnlyList<CompileDiagnostic> Errors,
    IReadOnlyList<CompileDiagnostic> Warnings);
