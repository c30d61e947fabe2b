namespace InterviewPractice.Problems.Loading;

/// <summary>Something wrong in a problem folder, with the file and line an author has to fix.</summary>
public sealed record ProblemError(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}

/// <summary>Collects the errors of one load, each tied to the file it came from.</summary>
internal sealed class ErrorSink
{
    private readonly List<ProblemError> _errors = [];

    public IReadOnlyList<ProblemError> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    public void Add(SourceLocation location, string message) => _errors.Add(new ProblemError(location, message));
}
