using InterviewPractice.Web.Problems;

namespace InterviewPractice.Web.Pages;

/// <summary>The model of <c>Shared/_ProblemList</c>: problems in the order to show them.</summary>
public sealed record ProblemListView(IReadOnlyList<ProblemSummary> Problems, bool Numbered, string EmptyMessage);
