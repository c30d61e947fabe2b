using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Problems;
using InterviewPractice.Problems.Concepts;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Problems;

/// <summary>The catalog API against the repository's real problems folder.</summary>
public sealed class ProblemsApiTests(RealProblemsApp app) : IClassFixture<RealProblemsApp>
{
    private readonly HttpClient _client = app.App.CreateClient();

    private CatalogSnapshot Catalog => app.App.Services.GetRequiredService<ProblemCatalog>().Current;

    [Fact]
    public async Task ListingHasEveryProblemWithSummaryFields()
    {
        var list = await _client.GetFromJsonAsync<JsonArray>("/api/problems");

        Assert.Equal(Catalog.Problems.Count, list!.Count);
        Assert.True(list.Count >= 10, "the repository ships at least 10 problems");
        var twoSum = list.Single(p => (string?)p!["slug"] == "two-sum")!.AsObject();
        Assert.Equal(["slug", "title", "kind", "difficulty", "tags"], twoSum.Select(kv => kv.Key));
        Assert.Equal("Two Sum", (string?)twoSum["title"]);
        Assert.Equal("easy", (string?)twoSum["difficulty"]);
    }

    [Fact]
    public async Task AProblemWithATimeLimitPerLanguageShowsEachOnTheApiAndThePage()
    {
        var limits = (await _client.GetFromJsonAsync<JsonObject>("/api/problems/trapping-rain-water"))!["limits"]!;
        Assert.Equal("{\"csharp\":80,\"javascript\":100,\"python\":1000}", limits["timeMsByLanguage"]!.ToJsonString());
        Assert.Equal(1000, (int)limits["timeMs"]!);
        var page = WebUtility.HtmlDecode(await _client.GetStringAsync("/problems/trapping-rain-water"));
        Assert.Contains("Time C# 80 ms, JavaScript 100 ms, Python 1000 ms · Memory 256 MB", page);
        Assert.Contains("Time 1000 ms · Memory", WebUtility.HtmlDecode(await _client.GetStringAsync("/problems/two-sum")));
    }

    [Theory]
    [InlineData("?kind=concept", "bias-variance", "two-sum")]
    [InlineData("?difficulty=hard", "trapping-rain-water", "two-sum")]
    [InlineData("?tag=hash-table", "two-sum", "softmax")]
    [InlineData("?q=rain", "trapping-rain-water", "two-sum")]
    public async Task ListingFiltersByKindDifficultyTagAndText(string query, string included, string excluded)
    {
        var slugs = (await _client.GetFromJsonAsync<JsonArray>("/api/problems" + query))!.Select(p => (string?)p!["slug"]).ToList();
        Assert.Contains(included, slugs);
        Assert.DoesNotContain(excluded, slugs);
    }

    [Fact]
    public async Task ProblemHasStatementStarterCodeSamplesAndLimits()
    {
        var problem = (await _client.GetFromJsonAsync<JsonObject>("/api/problems/two-sum"))!;

        Assert.Contains("Example 1", (string?)problem["statementHtml"]);
        Assert.Contains("public int[] TwoSum(int[] nums, int target)", (string?)problem["starterCode"]!["csharp"]);
        Assert.Contains("var twoSum = function(nums, target)", (string?)problem["starterCode"]!["javascript"]);
        Assert.Contains("def twoSum(self, nums, target):", (string?)problem["starterCode"]!["python"]);
        Assert.Equal(Catalog.Problems["two-sum"].Samples.Length, problem["samples"]!.AsArray().Count);
        Assert.Equal(1000, (int)problem["limits"]!["timeMs"]!);
    }

    [Fact]
    public async Task UnknownProblemIsA404ProblemDetails()
    {
        var response = await _client.GetAsync("/api/problems/no-such-problem");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains("no-such-problem", (string?)problem!["detail"]);
    }

    [Fact]
    public async Task MalformedJsonIsA400ProblemDetails()
    {
        var response = await _client.PostAsync("/api/problems/bias-variance/answers", new StringContent("{\"answers\": {", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OversizedBodyIsA413ProblemDetails()
    {
        var body = "{\"answers\": {\"a\": \"" + new string('x', 2 * 1024 * 1024) + "\"}}";
        var response = await _client.PostAsync("/api/problems/bias-variance/answers", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static JsonObject ReferenceAnswers(AnswerKey key)
    {
        var answers = new JsonObject();
        foreach (var part in key.Parts)
        {
            answers[part.Public.Id] = part.Public.Type switch
            {
                AnswerType.Number => part.Value,
                AnswerType.Matrix => JsonSerializer.SerializeToNode(part.Matrix!.Value.Select(r => r.ToArray()).ToArray()),
                AnswerType.Choice => part.Correct!.Single(),
                AnswerType.Multi => JsonSerializer.SerializeToNode(part.Correct!.ToArray()),
                _ => null,
            };
        }
        return answers;
    }

    [Fact]
    public async Task ARandomizedProblemShowsEachAttemptItsVariantAndGradesAgainstIt()
    {
        var problem = Catalog.Problems["base-rate-screening"];
        var seven = problem.Variants!.Make(7);
        var eight = problem.Variants.Make(8);

        // The page shows the variant asked for, and its form answers for that variant.
        var page = await _client.GetStringAsync("/problems/base-rate-screening?variant=7");
        Assert.Contains("data-variant=\"7\"", page);
        Assert.Contains(seven.StatementHtml, page);
        Assert.Contains("href=\"?variant=8\"", page);
        // Without one, a visitor gets some variant of their own, never the default one's page by rote.
        var fresh = await _client.GetStringAsync("/problems/base-rate-screening");
        Assert.Matches("data-variant=\"[1-9][0-9]*\"", fresh);

        async Task<JsonObject> GradeAsync(int? variant)
        {
            using var response = await _client.PostAsJsonAsync("/api/problems/base-rate-screening/answers", new { answers = ReferenceAnswers(seven.AnswerKey), variant });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        }
        var right = await GradeAsync(7);
        Assert.Equal((double)right["maxScore"]!, (double)right["score"]!);
        // The same answers on another variant's numbers are wrong where the numbers matter.
        var wrong = await GradeAsync(8);
        Assert.True((double)wrong["score"]! < (double)wrong["maxScore"]!);
        Assert.False((bool)wrong["parts"]!.AsArray().Single(p => (string?)p!["id"] == "b")!["correct"]!);
        Assert.NotEqual(seven.AnswerKey.Parts[1].Value, eight.AnswerKey.Parts[1].Value);

        using var bad = await _client.PostAsJsonAsync("/api/problems/base-rate-screening/answers", new { answers = new JsonObject(), variant = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task ConceptAnswersAreGradedPartByPart()
    {
        var key = Catalog.Problems["bias-variance"].AnswerKey!;
        var answers = ReferenceAnswers(key);
        var firstId = key.Parts[0].Public.Id;
        answers[firstId] = key.Parts[0].Wrong.FirstOrDefault()?.DeepClone() ?? "not an answer";

        var response = await _client.PostAsJsonAsync("/api/problems/bias-variance/answers", new { answers });
        var grade = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var parts = grade["parts"]!.AsArray();
        Assert.False((bool)parts[0]!["correct"]!);
        Assert.All(parts.Skip(1).Where(p => key.Parts.Single(k => k.Public.Id == (string?)p!["id"]).Public.Type != AnswerType.Text),
            p => Assert.True((bool)p!["correct"]!, (string?)p!["id"]));
        Assert.Equal(key.Parts.Sum(p => p.Public.Points), (double)grade["maxScore"]!);
    }

    [Fact]
    public async Task ExplanationsAreServedOnlyInTheGradedResultOfAnsweredParts()
    {
        var problem = Catalog.Problems["imbalanced-metrics"];
        var key = problem.AnswerKey!;
        var view = await _client.GetStringAsync("/api/problems/imbalanced-metrics");
        var page = await _client.GetStringAsync("/problems/imbalanced-metrics");

        Assert.All(JsonNode.Parse(view)!["parts"]!.AsArray(), p => Assert.DoesNotContain(p!.AsObject(), kv => kv.Key.StartsWith("explanation", StringComparison.Ordinal)));
        Assert.Empty(LeakCheck.Find(problem, view));
        Assert.Empty(LeakCheck.Find(problem, WebUtility.HtmlDecode(page)));

        // Part b answered wrongly, part c rightly, the rest left blank.
        var response = await _client.PostAsJsonAsync("/api/problems/imbalanced-metrics/answers", new { answers = new { b = 0.9, c = 0.9 } });
        var graded = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var parts = JsonNode.Parse(graded)!["parts"]!.AsArray().ToDictionary(p => (string)p!["id"]!, p => p!.AsObject());
        Assert.False((bool)parts["b"]["correct"]!);
        Assert.True((bool)parts["c"]["correct"]!);
        foreach (var id in new[] { "b", "c" })
        {
            var html = (string?)parts[id]["explanationHtml"];
            Assert.Equal(key.Parts.Single(p => p.Public.Id == id).ExplanationHtml, html);
            Assert.Contains("<span class=\"math\">", html);
        }
        Assert.All(parts.Where(p => p.Key is not ("b" or "c")), p => Assert.False(p.Value.ContainsKey("explanationHtml"), p.Key));
        // The same check that finds nothing in the views finds exactly the two explanations sent.
        Assert.Equal(["explanation of part 'b'", "explanation of part 'c'"], LeakCheck.Find(problem, graded).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task AnswersToACodingProblemAreA400()
    {
        var response = await _client.PostAsJsonAsync("/api/problems/two-sum/answers", new { answers = new { a = 1 } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SetsListTheirProblemsInOrder()
    {
        var sets = (await _client.GetFromJsonAsync<JsonArray>("/api/sets"))!;
        Assert.True(sets.Count >= 2);
        var first = sets[0]!;
        var detail = (await _client.GetFromJsonAsync<JsonObject>($"/api/sets/{(string?)first["slug"]}"))!;
        Assert.Equal(Catalog.Sets[(string)first["slug"]!].Problems, detail["problems"]!.AsArray().Select(p => (string)p!["slug"]!));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/sets/nope")).StatusCode);
    }

    [Fact]
    public async Task HealthReportsTheCatalog()
    {
        var health = (await _client.GetFromJsonAsync<JsonObject>("/health"))!;
        Assert.Equal("ok", (string?)health["status"]);
        Assert.Equal(Catalog.Problems.Count, (int)health["problems"]!);
        Assert.Equal(0, (int)health["brokenProblems"]!);
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheApi()
    {
        var doc = (await _client.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
        var paths = doc["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/problems", paths);
        Assert.Contains("/api/problems/{slug}", paths);
        Assert.Contains("/api/submissions", paths);
        // The console: one POST, its request and answers described.
        var console = doc["paths"]!["/api/console"]!["post"]!;
        Assert.Contains("REPL", (string?)console["summary"]);
        Assert.NotNull(console["requestBody"]);
        Assert.Contains("ConsoleRequest", console["requestBody"]!.ToJsonString());
    }

    /// <summary>
    /// The rule that matters most: for every problem, neither its API answer, its page nor any log line holds a
    /// hidden case's values, a solution's code or an answer key's values.
    /// </summary>
    [Fact]
    public async Task NothingHiddenIsServedForAnyProblem()
    {
        Assert.NotEmpty(Catalog.Problems);
        foreach (var problem in Catalog.Problems.Values)
        {
            var json = await _client.GetStringAsync($"/api/problems/{problem.Slug}");
            var page = WebUtility.HtmlDecode(await _client.GetStringAsync($"/problems/{problem.Slug}"));
            var list = await _client.GetStringAsync("/api/problems");

            Assert.Empty(LeakCheck.Find(problem, json));
            Assert.Empty(LeakCheck.Find(problem, page));
            Assert.Empty(LeakCheck.Find(problem, list));
            Assert.Empty(LeakCheck.Find(problem, app.App.Logs.All));
            if (problem.AnswerKey is { } key)
            {
                var parts = JsonNode.Parse(json)!["parts"]!.AsArray();
                Assert.All(parts, p => Assert.Subset(new HashSet<string> { "id", "prompt", "type", "points", "options", "rows", "columns", "partial" }, p!.AsObject().Select(kv => kv.Key).ToHashSet()));
                foreach (var part in key.Parts.Where(p => p.Accept is not null))
                {
                    Assert.DoesNotContain(part.Accept!.ToString(), json, StringComparison.Ordinal);
                    Assert.DoesNotContain(part.Accept!.ToString(), page, StringComparison.Ordinal);
                }
            }
        }
    }
}

/// <summary>One app over the real problems folder, shared by a test class.</summary>
public sealed class RealProblemsApp : IDisposable
{
    // The judge is not needed to read the catalog: a missing image must not slow these tests.
    public TestApp App { get; } = new(settings: new Dictionary<string, string?> { ["Judge:WarmPerLanguage"] = "0" });

    public void Dispose() => App.Dispose();
}
