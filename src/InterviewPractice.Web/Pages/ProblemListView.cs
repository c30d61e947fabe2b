using InterviewPractice.Web.Problems;

namespace InterviewPractice.Web.Pages;

/// <summary>The model of <c>Shared/_ProblemList</c>: problems in the order to show them.</summary>
/// <param name="Statuses">A signed-in visitor's standing per problem (solved, attempted); null for a visitor without an account.</param>
public sealed record ProblemListView(
    IReadOnlyList<ProblemSummary> Problems, bool Numbered, string EmptyMessage, IReadOnlyDictionary<string, Submissions.ProblemStatus>? Statuses = null);
