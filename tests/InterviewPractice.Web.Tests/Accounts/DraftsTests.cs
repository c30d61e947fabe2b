using System.Net;
using System.Net.Http.Json;
using InterviewPractice.Problems;
using InterviewPractice.Web.Drafts;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Accounts;

/// <summary>Drafts over HTTP: an account's own, per problem and language, checked like submissions' code.</summary>
public sealed class DraftsTests
{
    [Fact]
    public async Task ADraftIsSavedReadAndRemovedByTheStarterCodeAndOnlyItsAccountSeesIt()
    {
        using var app = new TestApp(settings: new Dictionary<string, string?> { ["Role"] = "web" });
        await AccountsTests.AddAsync(app, "hal@example.org");
        await AccountsTests.AddAsync(app, "ivy@example.org");
        using var hal = Forms.Browser(app);
        await Forms.LogInAsync(hal, "hal@example.org", AccountsTests.Password);

        Assert.Equal(HttpStatusCode.NoContent, (await hal.PutAsJsonAsync("/api/me/drafts/two-sum/python", new DraftInput("# mine\n"))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await hal.PutAsJsonAsync("/api/me/drafts/two-sum/python", new DraftInput("# mine, later\n"))).StatusCode);
        var drafts = (await hal.GetFromJsonAsync<List<DraftView>>("/api/me/drafts/two-sum"))!;
        Assert.Equal(("python", "# mine, later\n"), (Assert.Single(drafts).Language, drafts[0].Code));

        // Nobody else's, and not a visitor's.
        using var ivy = Forms.Browser(app);
        await Forms.LogInAsync(ivy, "ivy@example.org", AccountsTests.Password);
        Assert.Empty((await ivy.GetFromJsonAsync<List<DraftView>>("/api/me/drafts/two-sum"))!);
        using var visitor = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync("/api/me/drafts/two-sum")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.PutAsJsonAsync("/api/me/drafts/two-sum/python", new DraftInput("x"))).StatusCode);

        // Checked as submissions are: the problem, its languages, the size.
        Assert.Equal(HttpStatusCode.NotFound, (await hal.PutAsJsonAsync("/api/me/drafts/no-such-problem/python", new DraftInput("x"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await hal.PutAsJsonAsync("/api/me/drafts/two-sum/cobol", new DraftInput("x"))).StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await hal.PutAsJsonAsync("/api/me/drafts/two-sum/python", new DraftInput(new string('x', 200_000)))).StatusCode);

        // Back to the starter code: the draft is gone (a later change of the starter code then shows through).
        var starter = app.Services.GetRequiredService<ProblemCatalog>().Current.Problems["two-sum"].StarterCode[Language.Python];
        Assert.Equal(HttpStatusCode.NoContent, (await hal.PutAsJsonAsync("/api/me/drafts/two-sum/python", new DraftInput(starter))).StatusCode);
        Assert.Empty((await hal.GetFromJsonAsync<List<DraftView>>("/api/me/drafts/two-sum"))!);
    }
}
