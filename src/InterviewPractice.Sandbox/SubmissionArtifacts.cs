namespace InterviewPractice.Sandbox;

/// <summary>Names the compile container bakes into a submission and the runner relies on.</summary>
internal static class SubmissionArtifacts
{
    public const string AssemblyName = "prog";

    /// <summary>Recorded in the assembly's debug directory: the runtime looks for this file next to prog.dll.</summary>
    public const string PdbFileName = "prog.pdb";

    /// <summary>The user's source file as named in diagnostics and stack traces.</summary>
    public const string SourcePath = "Solution.cs";
}
