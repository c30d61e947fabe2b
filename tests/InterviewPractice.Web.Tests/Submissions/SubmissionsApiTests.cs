using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Web.Tests.Infrastructure;

namespace InterviewPractice.Web.Tests.Submissions;

/// <summary>
/// What the submissions API refuses, and how. The judge here never becomes ready (no such image), so
/// submissions stay queued: these tests need no containers.
/// </summary>
public sealed class SubmissionsApiTests : IDisposable
{
    private static readonly Dictionary<string, string?> NoJudge = new()
    {
        ["Judge:Image"] = "interviewpractice/no-such-image:test",
        ["Judge:WarmPerLanguage"] = "0",
    };

    private readonly List<TestApp> _apps = [];

    public void Dispose() => _apps.ForEach(a => a.Dispose());

    private HttpClient Client(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(NoJudge);
        foreach (var (k, v) in extra ?? new Dictionary<string, string?>())
        {
            settings[k] = v;
        }
        var app = new TestApp(settings: settings);
        _apps.Add(app);
        return app.CreateClient();
    }

    private static object Body(string problem = "two-sum", string language = "python", string code = "class Solution: pass", string mode = "submit", JsonArray? customInputs = null) =>
        new { problem, language, code, mode, customInputs };

    [Fact]
    public async Task SubmissionIsStoredAndAnswered202WithWhereToFollowIt()
    {
        var client = Client();

        var response = await client.PostAsJsonAsync("/api/submissions", Body());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal($"/api/submissions/{accepted["id"]}", response.Headers.Location?.ToString());
        var view = (await client.GetFromJsonAsync<JsonObject>((string)accepted["statusUrl"]!))!;
        Assert.Equal("queued", (string?)view["status"]);
        Assert.Equal("two-sum", (string?)view["problem"]);
    }

    [Theory]
    [InlineData("no-such-problem", "python", "x", "submit", HttpStatusCode.NotFound)]
    [InlineData("bias-variance", "python", "x", "submit", HttpStatusCode.BadRequest)]
    [InlineData("two-sum", "ruby", "x", "submit", HttpStatusCode.BadRequest)]
    [InlineData("two-sum", "python", "  ", "submit", HttpStatusCode.BadRequest)]
    [InlineData("two-sum", "python", "x", "debug", HttpStatusCode.BadRequest)]
    public async Task InvalidSubmissionIsRefusedWithProblemDetails(string problem, string language, string code, string mode, HttpStatusCode status)
    {
        var response = await Client().PostAsJsonAsync("/api/submissions", Body(problem, language, code, mode));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrEmpty((string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]));
    }

    [Fact]
    public async Task OversizedCodeIsRefusedWith413()
    {
        var response = await Client().PostAsJsonAsync("/api/submissions", Body(code: new string('#', 65 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CustomInputThatDoesNotMatchTheSignatureIsRefusedSayingWhere()
    {
        var inputs = new JsonArray(new JsonObject { ["nums"] = new JsonArray(1, "two"), ["target"] = 3 });

        var response = await Client().PostAsJsonAsync("/api/submissions", Body(mode: "run", customInputs: inputs));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("customInputs[0].nums[1] must be an int.", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]);
    }

    [Fact]
    public async Task CustomInputsOnASubmitAreRefused()
    {
        var inputs = new JsonArray(new JsonObject { ["nums"] = new JsonArray(1, 2), ["target"] = 3 });

        var response = await Client().PostAsJsonAsync("/api/submissions", Body(mode: "submit", customInputs: inputs));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // Sends `limit` accepted submissions under the setting, then one more, and returns the answer to that one.
    private async Task<HttpResponseMessage> PostPastLimitAsync(string setting, int limit)
    {
        var client = Client(new Dictionary<string, string?> { [setting] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        for (var i = 0; i < limit; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/submissions", Body())).StatusCode);
        }
        return await client.PostAsJsonAsync("/api/submissions", Body());
    }

    [Fact]
    public async Task FullQueueAnswers429WithRetryAfter()
    {
        var response = await PostPastLimitAsync("Submissions:MaxQueued", 2);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ClientOverItsRateLimitAnswers429WithRetryAfter()
    {
        var response = await PostPastLimitAsync("Submissions:PerClientPerMinute", 3);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task UnknownSubmissionIs404()
    {
        var response = await Client().GetAsync($"/api/submissions/{Guid.NewGuid()}?wait=1");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task WaitingForAQueuedSubmissionReturnsWithinTheWait()
    {
        var client = Client();
        var accepted = (await (await client.PostAsJsonAsync("/api/submissions", Body())).Content.ReadFromJsonAsync<JsonObject>())!;

        var view = (await client.GetFromJsonAsync<JsonObject>($"{(string)accepted["statusUrl"]!}?wait=1"))!;

        Assert.Equal("queued", (string?)view["status"]);
    }

    [Fact]
    public async Task ClientPastItsQueuedLimitAnswers429SayingWhatToDo()
    {
        var response = await PostPastLimitAsync("Submissions:MaxQueuedPerClient", 2);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            "This client already has 2 submissions waiting to be judged (at most 2). Wait for their verdicts, then submit again.",
            (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]);
    }

    [Fact]
    public async Task ClientReadingPastItsRateLimitAnswers429WithRetryAfter()
    {
        var client = Client(new Dictionary<string, string?> { ["Submissions:ReadsPerClientPerMinute"] = "3" });
        var url = (string)(await (await client.PostAsJsonAsync("/api/submissions", Body())).Content.ReadFromJsonAsync<JsonObject>())!["statusUrl"]!;
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("Too many reads", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["title"]);
    }
}
