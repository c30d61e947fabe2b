namespace InterviewPractice.Sandbox.Compiling;

internal enum SubmissionKind
{
    /// <summary>A function problem: a DLL whose <c>Solution</c> the runner calls.</summary>
    Library,

    /// <summary>A stdio problem: a console program (top-level statements or a <c>Main</c>).</summary>
    Exe,
}
