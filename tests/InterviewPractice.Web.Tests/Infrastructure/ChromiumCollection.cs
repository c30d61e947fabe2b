namespace InterviewPractice.Web.Tests.Infrastructure;

/// <summary>Browser tests share one server and one Chromium: starting them is most of a test's cost.</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
