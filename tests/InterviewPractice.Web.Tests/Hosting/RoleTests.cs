using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Judging;
using InterviewPractice.Judging.Docker;
using InterviewPractice.Judging.Sandbox;
using InterviewPractice.Web.Submissions;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InterviewPractice.Web.Tests.Hosting;

/// <summary>
/// Role web has nothing that can reach the Docker socket and still takes submissions and serves the site;
/// role judge serves /health and nothing else; an unknown role stops the start saying what to use.
/// </summary>
public sealed class RoleTests
{
    [Fact]
    public async Task WebRoleRegistersNoJudgeNorDockerClientAndStillTakesSubmissionsAndServesTheSite()
    {
        using var app = new TestApp(settings: new Dictionary<string, string?> { ["Role"] = "web" });
        var client = app.CreateClient();

        Assert.Null(app.Services.GetService<DockerClient>());
        Assert.Null(app.Services.GetService<JudgeStatus>());
        Assert.Null(app.Services.GetService<SandboxPool>());
        Assert.Null(app.Services.GetService<CompileBudget>());
        var hosted = app.Services.GetServices<IHostedService>().Select(s => s.GetType()).ToList();
        Assert.DoesNotContain(typeof(JudgeWorker), hosted);
        Assert.DoesNotContain(typeof(JudgeHost), hosted);

        var submitted = await client.PostAsJsonAsync("/api/submissions",
            new { problem = "two-sum", language = "python", code = SubmissionClient.Reference("two-sum", "python"), mode = "submit" });
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var unknownLanguage = await client.PostAsJsonAsync("/api/submissions", new { problem = "two-sum", language = "cobol", code = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownLanguage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/problems")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/problems/two-sum")).StatusCode);

        var health = (await client.GetFromJsonAsync<JsonObject>("/health"))!;
        Assert.Equal("ok", (string?)health["status"]);
        Assert.Equal("web", (string?)health["role"]);
        Assert.False((bool)health["judge"]!["present"]!);
        Assert.Contains("No judge on this node", (string?)health["judge"]!["problem"]);
        Assert.Equal(1, (int)health["queue"]!["queued"]!);
        Assert.Equal("in-process", (string?)health["events"]!["transport"]);
        // No console either: it would need the sandbox; the API says where consoles run.
        Assert.Null(app.Services.GetService<InterviewPractice.Consoles.ConsoleSessions>());
        Assert.Null(health["consoles"]);
        var console = await client.PostAsJsonAsync("/api/console", new { action = "open", language = "python" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, console.StatusCode);
        Assert.Contains("consoles are served by nodes with role all", await console.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JudgeRoleServesHealthAndNothingElse()
    {
        // No such image: the judge never starts a container, which this test does not need.
        using var app = new TestApp(settings: new Dictionary<string, string?>
        {
            ["Role"] = "judge",
            ["Judge:Image"] = "interviewpractice/no-such-image:test",
            ["Judge:WarmPerLanguage"] = "0",
        });
        var client = app.CreateClient();

        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var body = (await health.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("judge", (string?)body["role"]);
        Assert.True((bool)body["judge"]!["present"]!);
        Assert.Contains(app.Services.GetServices<IHostedService>(), s => s is JudgeWorker);

        foreach (var path in new[] { "/api/problems", "/api/sets", "/", "/problems/two-sum", "/openapi/v1.json" })
        {
            Assert.True(HttpStatusCode.NotFound == (await client.GetAsync(path)).StatusCode, $"{path} is served by a judge node");
        }
        var submit = await client.PostAsJsonAsync("/api/submissions", new { problem = "two-sum", language = "python", code = "x" });
        Assert.Equal(HttpStatusCode.NotFound, submit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/console", new { action = "open", language = "python" })).StatusCode);
    }

    [Fact]
    public void UnknownRoleStopsTheStartSayingWhichRolesThereAre()
    {
        using var app = new TestApp(settings: new Dictionary<string, string?> { ["Role"] = "webb" });

        var e = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Role 'webb' is not known. Use --role web", e.ToString());
    }
}
