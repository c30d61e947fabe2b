using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Judging.Docker;
using InterviewPractice.Judging.Sandbox;
using InterviewPractice.Problems;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Infrastructure;

/// <summary>Tests that run code share one app and judge: real Docker, the real sandbox image.</summary>
[CollectionDefinition(Name)]
public sealed class JudgeCollection : ICollectionFixture<JudgeApp>
{
    public const string Name = "Judge";
}

/// <summary>
/// An app whose judge keeps no warm runners: every runner container then exists only for one submission, so
/// "no container is left behind" is simply "no runner container of this node exists" once a verdict is in.
/// </summary>
public class JudgeApp : IAsyncLifetime
{
    public JudgeApp()
        : this(null)
    {
    }

    /// <summary>The same app with services of a test's own added (telemetry captured in memory, say).</summary>
    protected JudgeApp(Action<IServiceCollection>? services) =>
        App = new TestApp(settings: new Dictionary<string, string?> { ["Judge:WarmPerLanguage"] = "0" }, services: services);

    public TestApp App { get; }

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = App.CreateClient();
        Client.Timeout = TimeSpan.FromSeconds(120);
        await App.WaitForJudgeAsync();
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Submits and waits (long-polling, bounded) for the verdict.</summary>
    public Task<JsonObject> JudgeAsync(string problem, string language, string code, string mode = "submit", JsonArray? customInputs = null) =>
        SubmissionClient.JudgeAsync(Client, problem, language, code, mode, customInputs);

    /// <summary>Runner containers of this app that still exist, once removals in flight have finished.</summary>
    public async Task<IReadOnlyList<string>> LeftoverRunnersAsync()
    {
        var docker = App.Services.GetRequiredService<DockerClient>();
        var reaper = App.Services.GetRequiredService<ContainerReaper>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var runners = await docker.ListByLabelAsync($"{SandboxSpecs.OwnerLabel}=runner", CancellationToken.None);
            var mine = new List<string>();
            var ofNode = await docker.ListByLabelAsync($"{SandboxSpecs.NodeLabel}={App.NodeId}", CancellationToken.None);
            mine.AddRange(runners.Intersect(ofNode));
            if ((mine.Count == 0 && reaper.Pending == 0) || DateTime.UtcNow > deadline)
            {
                return mine;
            }
            await Task.Delay(100);
        }
    }
}

/// <summary>Submitting over the API as a client would.</summary>
public static class SubmissionClient
{
    public static async Task<JsonObject> JudgeAsync(HttpClient client, string problem, string language, string code, string mode = "submit", JsonArray? customInputs = null) =>
        await WaitAsync(client, await SubmitAsync(client, problem, language, code, mode, customInputs));

    /// <summary>Posts a submission (as the client <paramref name="forwardedFor"/> names, behind a configured proxy); returns its id.</summary>
    public static async Task<string> SubmitAsync(HttpClient client, string problem, string language, string code, string mode = "submit", JsonArray? customInputs = null, string? forwardedFor = null)
    {
        var body = new JsonObject { ["problem"] = problem, ["language"] = language, ["code"] = code, ["mode"] = mode };
        if (customInputs is not null)
        {
            body["customInputs"] = customInputs;
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/submissions") { Content = JsonContent.Create(body) };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    public static async Task<JsonObject> WaitAsync(HttpClient client, string id, double seconds = 90)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(seconds);
        while (true)
        {
            var view = (await client.GetFromJsonAsync<JsonObject>($"/api/submissions/{id}?wait=20"))!;
            if ((string?)view["status"] == "done")
            {
                return view;
            }
            Assert.True(DateTime.UtcNow < deadline, $"no verdict for {id} within {seconds} s (status {(string?)view["status"]})");
        }
    }

    public static string Reference(string problem, string language) =>
        Languages.TryParse(language, out var parsed)
            ? File.ReadAllText(Path.Combine(TestPaths.Problems, problem, "solutions", "accepted", "ref." + parsed.Extension()))
            : throw new ArgumentException($"unknown language {language}", nameof(language));
}
