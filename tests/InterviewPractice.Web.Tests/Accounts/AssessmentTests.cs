using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using InterviewPractice.Problems;
using InterviewPractice.Web.Assessments;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Drafts;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace InterviewPractice.Web.Tests.Accounts;

/// <summary>
/// A mock assessment from start to report, on a fake clock the test moves: the server's timer ends it and submits
/// the coding problem's draft; the report counts attempts and the concept score; nobody else can open it.
/// </summary>
public sealed partial class AssessmentTests
{
    [Fact]
    public async Task APhoneScreenEndsOnTheServersClockSubmitsTheDraftAndReportsWhatWasDone()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        using var app = new TestApp(
            settings: new Dictionary<string, string?> { ["Role"] = "web", ["Accounts:LoginsPerMinute"] = "100" },
            services: s => s.AddSingleton<TimeProvider>(clock));
        await AccountsTests.AddAsync(app, "kim@example.org");
        await AccountsTests.AddAsync(app, "lee@example.org");
        using var kim = Forms.Browser(app);
        await Forms.LogInAsync(kim, "kim@example.org", AccountsTests.Password);

        var started = await Forms.PostAsync(kim, "/assessments", new() { ["Plan"] = "phone-screen" });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var page = started.Headers.Location!.OriginalString;
        var running = await kim.GetStringAsync(page);
        Assert.Contains("45:00", running);
        var rows = Row().Matches(running).Select(m => m.Groups[1].Value).ToList();
        var catalog = app.Services.GetRequiredService<ProblemCatalog>().Current.Problems;
        Assert.Equal([ProblemKind.Code, ProblemKind.Concept, ProblemKind.Concept, ProblemKind.Concept], rows.Select(r => catalog[r].Kind));

        // Kim writes code for the coding problem (saved as a draft, as the editor does) and answers one concept question badly.
        var coding = rows[0];
        Assert.Equal(HttpStatusCode.NoContent, (await kim.PutAsJsonAsync($"/api/me/drafts/{coding}/python", new DraftInput("# my attempt\n"))).StatusCode);
        Assert.True((await kim.PostAsJsonAsync($"/api/problems/{rows[1]}/answers", new { answers = new Dictionary<string, object>() })).IsSuccessStatusCode);

        // Lee cannot open Kim's assessment.
        using var lee = Forms.Browser(app);
        await Forms.LogInAsync(lee, "lee@example.org", AccountsTests.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await lee.GetAsync(page)).StatusCode);

        // Time runs out on the server: it ends the assessment and submits the draft.
        var service = app.Services.GetRequiredService<AssessmentService>();
        var ended = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        service.Finished += (_, submitted) => ended.TrySetResult(submitted);
        clock.Advance(TimeSpan.FromMinutes(46));
        Assert.Equal(1, await ended.Task.WaitAsync(TimeSpan.FromSeconds(15)));

        var report = await kim.GetStringAsync(page);
        Assert.Contains("solved 0 of 4", report);
        Assert.Contains("concept score 0 of", report);
        Assert.Contains("(submitted when time ran out)", report);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var submission = await db.Submissions.SingleAsync(s => s.Problem == coding);
        Assert.Equal(("# my attempt\n", "python"), (submission.Code, submission.Language));
        Assert.StartsWith(AssessmentService.ClientPrefix, submission.ClientId);
        Assert.NotNull(submission.UserId);
        // Its history lists it as finished.
        Assert.Contains("finished", await kim.GetStringAsync("/assessments"));
    }

    [GeneratedRegex("<tr data-problem=\"([a-z0-9-]+)\"")]
    private static partial Regex Row();
}
