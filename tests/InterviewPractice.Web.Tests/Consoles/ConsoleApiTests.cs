using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Consoles;
using InterviewPractice.Judging.Docker;
using InterviewPractice.Judging.Sandbox;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Consoles;

/// <summary>A server whose consoles the tests of <see cref="ConsoleApiTests"/> share: real Docker, the real sandbox image.</summary>
public sealed class ConsoleApp : IAsyncLifetime
{
    public TestApp App { get; } = new(settings: new Dictionary<string, string?>
    {
        ["Judge:WarmPerLanguage"] = "0",
        ["Console:WarmPerLanguage"] = "0",
        // Far above what the memory and fork bombs take (well under a second), so only the endless loop meets it.
        ["Console:EvalTimeout"] = "00:00:06",
        ["Console:MaxPerClient"] = "24",
        ["Web:ForwardedProxies:0"] = "127.0.0.1",
    });

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App.OnKestrel();
        Client = new HttpClient { BaseAddress = await App.StartKestrelAsync(), Timeout = TimeSpan.FromSeconds(120) };
        await App.WaitForJudgeAsync();
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        App.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// <c>POST /api/console</c> with real console containers: state carries from snippet to snippet in every language,
/// and what would hang, exhaust or flood a session ends that snippet, after which the next one works.
/// </summary>
[Collection(JudgeCollection.Name)]
public sealed class ConsoleApiTests(ConsoleApp fixture) : IClassFixture<ConsoleApp>
{
    private readonly HttpClient _client = fixture.Client;

    internal static async Task<HttpResponseMessage> PostAsync(HttpClient client, object body, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/console") { Content = JsonContent.Create(body) };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }
        return await client.SendAsync(request);
    }

    internal static async Task<string> OpenAsync(HttpClient client, string language, string? forwardedFor = null)
    {
        using var response = await PostAsync(client, new { action = "open", language }, forwardedFor);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var opened = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(language, (string?)opened["language"]);
        return (string)opened["session"]!;
    }

    internal static async Task<JsonObject> EvalAsync(HttpClient client, string session, string code, string? forwardedFor = null)
    {
        using var response = await PostAsync(client, new { action = "eval", session, code }, forwardedFor);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private Task<string> OpenAsync(string language) => OpenAsync(_client, language);

    private Task<JsonObject> EvalAsync(string session, string code) => EvalAsync(_client, session, code);

    private async Task CloseAsync(string session)
    {
        using var closed = await PostAsync(_client, new { action = "close", session });
        Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);
    }

    public static TheoryData<string, string, string, string, string> Snippets => new()
    {
        // language, a definition, an expression over it and its value as the REPL shows it, a print then a value
        { "csharp", "var xs = new[] {3, 1, 2};", "xs.Order().ToArray()", "int[3] { 1, 2, 3 }", "Console.WriteLine(\"sum\"); xs.Sum()" },
        { "python", "xs = [3, 1, 2]", "sorted(xs)", "[1, 2, 3]", "print('sum')\nsum(xs)" },
        { "javascript", "const xs = [3, 1, 2];", "[...xs].sort((a, b) => a - b)", "[ 1, 2, 3 ]", "console.log('sum'); xs.reduce((a, b) => a + b)" },
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public async Task StateCarriesAcrossSnippetsAndEachShowsItsOutputThenItsValue(string language, string define, string expression, string shown, string printThenValue)
    {
        var session = await OpenAsync(language);

        var defined = await EvalAsync(session, define);
        Assert.Null((string?)defined["error"]);
        var value = await EvalAsync(session, expression);
        Assert.Equal(shown, (string?)value["value"]);
        Assert.Null((string?)value["restarted"]);
        var printed = await EvalAsync(session, printThenValue);
        Assert.Equal("sum\n", (string?)printed["stdout"]);
        Assert.Equal("6", (string?)printed["value"]);

        // An error names its line in the snippet, and what was defined before it stays.
        var failed = await EvalAsync(session, $"{define.Replace("xs", "ys", StringComparison.Ordinal)}\n{(language == "python" ? "undefined_name" : "undefinedName")}");
        Assert.Contains(language == "python" ? "NameError" : language == "csharp" ? "CS0103" : "ReferenceError", (string?)failed["error"]);
        Assert.Equal(2, (int?)failed["line"]);
        Assert.Equal(shown, (string?)(await EvalAsync(session, expression))["value"]);
        await CloseAsync(session);
    }

    public static TheoryData<string, string, string> Hostile => new()
    {
        // language, an endless loop, an output flood
        { "csharp", "while (true) { }", "while (true) { try { Console.WriteLine(new string('x', 1000)); } catch { } }" },
        { "python", "while True:\n    pass", "while True:\n    try:\n        print('x' * 1000)\n    except BaseException:\n        pass" },
        { "javascript", "for (;;) {}", "for (;;) { try { console.log('x'.repeat(1000)); } catch (e) {} }" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task AnEndlessLoopAndAFloodEndTheirSnippetAndTheNextSnippetWorks(string language, string loop, string flood)
    {
        var session = await OpenAsync(language);

        var looped = await EvalAsync(session, loop);
        Assert.Contains("ran past 6 s", (string?)looped["restarted"]);
        Assert.Contains("what earlier snippets defined is gone", (string?)looped["restarted"]);
        Assert.Equal("2", (string?)(await EvalAsync(session, "1 + 1"))["value"]);

        var flooded = await EvalAsync(session, flood);
        Assert.True((bool)flooded["outputLimit"]!);
        Assert.Contains("printed more than 64 KiB", (string?)flooded["restarted"]);
        Assert.StartsWith("xxxx", (string?)flooded["stdout"]);
        Assert.InRange(((string?)flooded["stdout"])!.Length, 60_000, 64 * 1024);
        Assert.Equal("2", (string?)(await EvalAsync(session, "1 + 1"))["value"]);
        await CloseAsync(session);
    }

    public static TheoryData<string, string> MemoryBombs => new()
    {
        // Each holds its memory in a local, so a runtime that survives gets it back.
        { "csharp", "{ var hog = new List<byte[]>(); while (true) { var b = new byte[1 << 20]; Array.Fill(b, (byte)1); hog.Add(b); } }" },
        { "python", "def bomb():\n    hog = []\n    while True:\n        hog.append(bytearray(b'x' * (1 << 20)))\nbomb()" },
        { "javascript", "(() => { const hog = []; for (;;) { hog.push(Buffer.alloc(1 << 20, 1)); } })()" },
    };

    [Theory]
    [MemberData(nameof(MemoryBombs))]
    public async Task AMemoryBombEndsAndTheNextSnippetWorks(string language, string bomb)
    {
        var session = await OpenAsync(language);
        await EvalAsync(session, language == "python" ? "kept = 41" : language == "csharp" ? "var kept = 41;" : "var kept = 41;");

        var bombed = await EvalAsync(session, bomb);
        // The runtime's own out-of-memory error keeps the session (Python's MemoryError, .NET's OutOfMemoryException);
        // the kernel's OOM kill restarts it, and says so.
        var restarted = (string?)bombed["restarted"];
        var error = (string?)bombed["error"];
        Assert.True(restarted is not null ? restarted.Contains("more than the console's 256 MiB of memory", StringComparison.Ordinal) : error!.Contains("Memory", StringComparison.Ordinal),
            $"error: {error}; restarted: {restarted}");
        Assert.Equal(restarted is null ? "42" : "2", (string?)(await EvalAsync(session, restarted is null ? "kept + 1" : "1 + 1"))["value"]);
        await CloseAsync(session);
    }

    public static TheoryData<string, string> ForkBombs => new()
    {
        { "python", "import os\nwhile True:\n    os.fork()" },
        { "javascript", "require('child_process').spawnSync('/bin/sh', ['-c', 'b() { b | b & }; b'], { timeout: 10000 })" },
        { "csharp", "System.Diagnostics.Process.Start(\"/bin/sh\", new[] { \"-c\", \"b() { b | b & }; b\" })!.WaitForExit();" },
    };

    [Theory]
    [MemberData(nameof(ForkBombs))]
    public async Task AForkBombEndsAndTheNextSnippetWorks(string language, string bomb)
    {
        var session = await OpenAsync(language);

        // The snippet ends (Python's fork fails at the pids limit; a shell's bomb runs on in the background, held by
        // the same limit), and the session still answers.
        var bombed = await EvalAsync(session, bomb);
        if (language == "python")
        {
            Assert.Contains("Error", (string?)bombed["error"]);
        }
        Assert.Equal("2", (string?)(await EvalAsync(session, "1 + 1"))["value"]);
        await CloseAsync(session);
    }

    [Fact]
    public async Task NothingOfTheHiddenTestsTheNetworkOrTheHostIsReachableFromAConsole()
    {
        var session = await OpenAsync("python");

        // No problem file anywhere (the system's own directories aside, to stay within the snippet's time).
        var found = await EvalAsync(session, """
            import os
            hits = []
            for r, d, fs in os.walk('/'):
                d[:] = [x for x in d if os.path.join(r, x) not in ('/proc', '/sys', '/dev', '/usr')]
                hits += [os.path.join(r, f) for f in fs if f.endswith(('.yaml', '.md'))]
            hits
            """);
        Assert.Equal("[]", (string?)found["value"]);
        var network = await EvalAsync(session, "import socket\nsocket.create_connection(('1.1.1.1', 53), timeout=2)");
        Assert.Contains("Error", (string?)network["error"]);
        var environment = await EvalAsync(session, "sorted(os.environ)");
        Assert.DoesNotContain("CONNECTION", (string?)environment["value"], StringComparison.OrdinalIgnoreCase);
        Assert.Equal("'65534'", (string?)(await EvalAsync(session, "str(os.getuid())"))["value"]);
        await CloseAsync(session);
    }

    [Fact]
    public async Task AnotherClientCannotUseASessionAndBadRequestsSayWhatIsWrong()
    {
        var session = await OpenAsync(_client, "python", forwardedFor: "198.51.100.7");

        using var stranger = await PostAsync(_client, new { action = "eval", session, code = "1" }, forwardedFor: "198.51.100.8");
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Contains("no open console session", await stranger.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("1", (string?)(await EvalAsync(_client, session, "1", forwardedFor: "198.51.100.7"))["value"]);

        using var unknownAction = await PostAsync(_client, new { action = "dance" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownAction.StatusCode);
        using var unknownLanguage = await PostAsync(_client, new { action = "open", language = "cobol" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownLanguage.StatusCode);
        Assert.Contains("python, javascript, csharp", await unknownLanguage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var noCode = await PostAsync(_client, new { action = "eval", session }, forwardedFor: "198.51.100.7");
        Assert.Equal(HttpStatusCode.BadRequest, noCode.StatusCode);

        // Reset forgets the state; close ends the session.
        await EvalAsync(_client, session, "kept = 1", forwardedFor: "198.51.100.7");
        using var reset = await PostAsync(_client, new { action = "reset", session }, forwardedFor: "198.51.100.7");
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains("NameError", (string?)(await EvalAsync(_client, session, "kept", forwardedFor: "198.51.100.7"))["error"]);
        using var closed = await PostAsync(_client, new { action = "close", session }, forwardedFor: "198.51.100.7");
        Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);
        using var gone = await PostAsync(_client, new { action = "eval", session, code = "1" }, forwardedFor: "198.51.100.7");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }
}

/// <summary>Console caps and idle reaping, each on a server of its own settings.</summary>
[Collection(JudgeCollection.Name)]
public sealed class ConsoleLimitsTests
{
    private static TestApp Start(Dictionary<string, string?> settings)
    {
        settings["Judge:WarmPerLanguage"] = "0";
        settings["Console:WarmPerLanguage"] = "0";
        settings["Web:ForwardedProxies:0"] = "127.0.0.1";
        return new TestApp(settings: settings).OnKestrel();
    }

    [Fact]
    public async Task CapsPerClientAndPerServerHoldWithAClearMessage()
    {
        using var app = Start(new() { ["Console:MaxPerClient"] = "1", ["Console:MaxSessions"] = "2" });
        using var http = new HttpClient { BaseAddress = await app.StartKestrelAsync(), Timeout = TimeSpan.FromSeconds(120) };
        await app.WaitForJudgeAsync();

        var first = await ConsoleApiTests.OpenAsync(http, "python", "198.51.100.1");
        Assert.Equal(1, (int)(await http.GetFromJsonAsync<JsonObject>("/health"))!["consoles"]!["open"]!);
        using (var second = await ConsoleApiTests.PostAsync(http, new { action = "open", language = "python" }, "198.51.100.1"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
            Assert.Contains("You have 1 consoles open", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        await ConsoleApiTests.OpenAsync(http, "javascript", "198.51.100.2");
        using (var third = await ConsoleApiTests.PostAsync(http, new { action = "open", language = "python" }, "198.51.100.3"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
            Assert.Contains("All 2 consoles of this server are in use", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using (var closed = await ConsoleApiTests.PostAsync(http, new { action = "close", session = first }, "198.51.100.1"))
        {
            Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);
        }
        await ConsoleApiTests.OpenAsync(http, "python", "198.51.100.3");
    }

    [Fact]
    public async Task AnIdleSessionIsReapedWithItsContainerAndNoneOutlivesTheServer()
    {
        var app = Start(new() { ["Console:IdleTimeout"] = "00:00:01" });
        var http = new HttpClient { BaseAddress = await app.StartKestrelAsync(), Timeout = TimeSpan.FromSeconds(120) };
        await app.WaitForJudgeAsync();
        var consoles = app.Services.GetRequiredService<ConsoleSessions>();
        var reaped = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        consoles.Ended += (session, why) => reaped.TrySetResult(why);

        var session = await ConsoleApiTests.OpenAsync(http, "python");
        Assert.Equal("idle", await reaped.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(0, (int)(await http.GetFromJsonAsync<JsonObject>("/health"))!["consoles"]!["open"]!);
        using (var gone = await ConsoleApiTests.PostAsync(http, new { action = "eval", session, code = "1" }))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        // A session open when the server stops is closed with it, its container removed.
        await ConsoleApiTests.OpenAsync(http, "javascript");
        http.Dispose();
        app.Dispose();
        using var engine = new DockerClient("unix:///var/run/docker.sock");
        Assert.Empty(await ConsolesOfAsync(engine, app.NodeId));
    }

    private static async Task<IReadOnlyList<string>> ConsolesOfAsync(DockerClient docker, string node)
    {
        var consoles = await docker.ListByLabelAsync($"{SandboxSpecs.OwnerLabel}=console", CancellationToken.None);
        var ofNode = await docker.ListByLabelAsync($"{SandboxSpecs.NodeLabel}={node}", CancellationToken.None);
        return [.. consoles.Intersect(ofNode)];
    }
}
