namespace InterviewPractice.Sandbox.Running;

/// <summary>One test's result: <see cref="Value"/> (the JSON of the return value, or of a stdio program's
/// output) when it passed, <see cref="Failure"/> when it did not.</summary>
internal sealed record TestOutcome(byte[]? Value, TestFailure? Failure, string Stdout, bool OutputLimit);
