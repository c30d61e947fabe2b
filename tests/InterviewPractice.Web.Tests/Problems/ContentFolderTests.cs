using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Web.Tests.Infrastructure;

namespace InterviewPractice.Web.Tests.Problems;

/// <summary>The server over a temporary problems folder: broken content and edits while it runs.</summary>
public sealed class ContentFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ip-content-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void CopyProblem(string slug) => TestPaths.CopyDirectory(Path.Combine(TestPaths.Problems, slug), Path.Combine(_root, slug));

    private TestApp Start(bool watch = false) => new(_root, new Dictionary<string, string?>
    {
        ["Problems:Watch"] = watch ? "true" : "false",
        ["Problems:ReloadDelay"] = "00:00:00.200",
        ["Judge:WarmPerLanguage"] = "0",
    });

    [Fact]
    public async Task BrokenProblemIsSkippedAndTheRestAreServed()
    {
        CopyProblem("two-sum");
        CopyProblem("softmax");
        File.WriteAllText(Path.Combine(_root, "softmax", "problem.md"), "---\ntitle: [unclosed\n---\nx");
        using var app = Start();
        var client = app.CreateClient();

        var slugs = (await client.GetFromJsonAsync<JsonArray>("/api/problems"))!.Select(p => (string?)p!["slug"]);
        Assert.Equal(["two-sum"], slugs);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/problems/softmax")).StatusCode);
        Assert.Equal(1, (int)(await client.GetFromJsonAsync<JsonObject>("/health"))!["brokenProblems"]!);
    }

    [Fact]
    public async Task AVariantTheAuthorsScriptCannotMakeShowsTheDefaultOneAndIsNotGraded()
    {
        CopyProblem("base-rate-screening");
        var script = Path.Combine(_root, "base-rate-screening", "variant.js");
        // Variant 1's volume, and a script that makes only the variants with that volume (like a script whose
        // rare draws break it, found by no validate run).
        var volumes = new[] { "10,000", "20,000", "50,000", "100,000", "200,000" };
        var first = InterviewPractice.Problems.Loading.ProblemLoader.Load(_root, "base-rate-screening").Problem!.Variants!.Make(1);
        var volume = volumes.Single(v => first.StatementHtml.Contains($"<strong>{v}</strong>", StringComparison.Ordinal)).Replace(",", "", StringComparison.Ordinal);
        File.WriteAllText(script, File.ReadAllText(script).Replace("function variant(rng)", "function drawn(rng)", StringComparison.Ordinal)
            + $"\nfunction variant(rng) {{ const v = drawn(rng); if (v.volume !== {volume}) throw new Error('no such volume'); return v; }}\n");
        var variants = InterviewPractice.Problems.Loading.ProblemLoader.Load(_root, "base-rate-screening").Problem!.Variants!;
        var broken = Enumerable.Range(2, 50).First(n =>
        {
            try
            {
                variants.Make(n);
                return false;
            }
            catch (InterviewPractice.Problems.Concepts.VariantException)
            {
                return true;
            }
        });
        using var app = Start();
        var client = app.CreateClient();

        var page = await client.GetAsync($"/problems/base-rate-screening?variant={broken}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("data-variant=\"1\"", html);
        Assert.Contains(first.StatementHtml, html);

        using var answers = await client.PostAsJsonAsync("/api/problems/base-rate-screening/answers", new { answers = new JsonObject(), variant = broken });
        Assert.Equal(HttpStatusCode.BadRequest, answers.StatusCode);
        var problem = (await answers.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal($"'base-rate-screening' has no variant {broken}: its variant script cannot make it. Variant 1 always exists.", (string?)problem["detail"]);
        Assert.DoesNotContain("no such volume", problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStatementsFigureIsServedFromMemoryAsAnImageThatRunsNoScript()
    {
        CopyProblem("two-sum");
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>";
        Directory.CreateDirectory(Path.Combine(_root, "two-sum", "figures"));
        File.WriteAllText(Path.Combine(_root, "two-sum", "figures", "pairs.svg"), svg);
        var statement = Path.Combine(_root, "two-sum", "problem.md");
        File.AppendAllText(statement, "\n![Two indices that add up](figures/pairs.svg)\n");
        using var app = Start();
        var client = app.CreateClient();

        Assert.Contains("<img src=\"/problems/two-sum/figures/pairs.svg\" alt=\"Two indices that add up\" />", await client.GetStringAsync("/problems/two-sum"));
        var figure = await client.GetAsync("/problems/two-sum/figures/pairs.svg");
        Assert.Equal(HttpStatusCode.OK, figure.StatusCode);
        Assert.Equal("image/svg+xml", figure.Content.Headers.ContentType!.MediaType);
        Assert.Equal(svg, await figure.Content.ReadAsStringAsync());
        Assert.Equal("nosniff", figure.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("sandbox", figure.Headers.GetValues("Content-Security-Policy").Single());
        // Nothing else of the folder can be asked for, however the name is written.
        foreach (var path in new[] { "/problems/two-sum/figures/missing.png", "/problems/two-sum/figures/..%2Fproblem.md", "/problems/two-sum/figures/%2E%2E%2Ftests%2Fhidden.yaml", "/problems/nope/figures/pairs.svg" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task ServerStartsWithAnEmptyProblemsFolder()
    {
        using var app = Start();
        var client = app.CreateClient();

        Assert.Empty((await client.GetFromJsonAsync<JsonArray>("/api/problems"))!);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/problems")).StatusCode);
    }

    [Fact]
    public async Task EditsAdditionsAndDeletionsArePickedUpWithoutARestart()
    {
        CopyProblem("two-sum");
        using var app = Start(watch: true);
        var client = app.CreateClient();
        Assert.Equal("Two Sum", await TitleAsync(client, "two-sum"));

        var statement = Path.Combine(_root, "two-sum", "problem.md");
        File.WriteAllText(statement, File.ReadAllText(statement).Replace("title: Two Sum", "title: Two Sum (edited)", StringComparison.Ordinal));
        await EventuallyAsync(async () => await TitleAsync(client, "two-sum") == "Two Sum (edited)");

        // A half-written file never replaces the good version.
        File.WriteAllText(statement, "---\ntitle: Two Sum (half");
        await EventuallyAsync(async () => (int)(await client.GetFromJsonAsync<JsonObject>("/health"))!["brokenProblems"]! == 1);
        Assert.Equal("Two Sum (edited)", await TitleAsync(client, "two-sum"));

        CopyProblem("valid-parentheses");
        await EventuallyAsync(async () => await TitleAsync(client, "valid-parentheses") is not null);

        Directory.Delete(Path.Combine(_root, "valid-parentheses"), recursive: true);
        await EventuallyAsync(async () => await TitleAsync(client, "valid-parentheses") is null);
    }

    private static async Task<string?> TitleAsync(HttpClient client, string slug)
    {
        var response = await client.GetAsync($"/api/problems/{slug}");
        return response.IsSuccessStatusCode ? (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["title"] : null;
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the change was not picked up within 10 seconds");
            await Task.Delay(100);
        }
    }
}
