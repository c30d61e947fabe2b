using System.Diagnostics;
using System.Text.Json.Nodes;
using InterviewPractice.Web.Rooms;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Tests.Rooms;

/// <summary>
/// The server's Yjs (the browsers' own, run by Jint) against logs made by the real Yjs in Node: two editors typing
/// at once, their updates delivered late and out of order (make-updates.cjs).
/// </summary>
public sealed class YjsDocumentsTests : IDisposable
{
    private readonly YjsDocuments _documents = new(Options.Create(new RoomsOptions()));

    public void Dispose() => _documents.Dispose();

    [Fact]
    public async Task TheServerReadsTheTextBothEditorsConvergedTo()
    {
        var (updates, text) = await LogAsync(300);

        Assert.Equal(text, await _documents.TextAsync(updates, "code", CancellationToken.None));
    }

    [Fact]
    public async Task TheLogMergedIntoOneUpdateReadsTheSameAndTakesLessRoom()
    {
        var (updates, text) = await LogAsync(300);

        var merged = await _documents.MergeAsync(updates, CancellationToken.None);

        Assert.Equal(text, await _documents.TextAsync([merged], "code", CancellationToken.None));
        Assert.True(merged.Length < updates.Sum(u => u.Length), $"merged {merged.Length} bytes, log {updates.Sum(u => u.Length)}");
        // Merging in order with what came after: a compacted log plus later updates reads as the whole log.
        var firstHalf = await _documents.MergeAsync([.. updates.Take(150)], CancellationToken.None);
        Assert.Equal(text, await _documents.TextAsync([firstHalf, .. updates.Skip(150)], "code", CancellationToken.None));
    }

    [Fact]
    public async Task StarterCodeSeededTwiceIsThereOnce()
    {
        var starters = new Dictionary<string, string>
        {
            ["code:python"] = "class Solution:\n    def twoSum(self, nums, target):\n        pass\n",
            ["code:javascript"] = "var twoSum = function(nums, target) {\n};\n",
        };
        var once = await _documents.SeedAsync(1, starters, CancellationToken.None);
        var again = await _documents.SeedAsync(1, starters, CancellationToken.None);

        Assert.Equal(once, again);
        foreach (var (name, starter) in starters)
        {
            Assert.Equal(starter, await _documents.TextAsync([once, again, once], name, CancellationToken.None));
        }
    }

    [Fact]
    public async Task AnUpdateThatIsNotYjsFailsWithAClearErrorAndTheNextCallWorks()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => _documents.TextAsync([[0xff, 0xff, 0xff, 0xff, 0x01, 0x02]], "code", CancellationToken.None));
        Assert.StartsWith("The room's document could not be read", error.Message);

        var (updates, text) = await LogAsync(20);
        Assert.Equal(text, await _documents.TextAsync(updates, "code", CancellationToken.None));
    }

    [Fact]
    public async Task TheUpdateFormatCheckTakesEverythingYjsWritesAndNoCutOrForgedUpdate()
    {
        var (log, _) = await LogAsync(2000);
        var varied = JsonNode.Parse(await NodeAsync("make-varied.cjs", null))!.AsArray().Select(u => Convert.FromBase64String((string)u!)).ToList();
        var merged = await _documents.MergeAsync(log, CancellationToken.None);
        var seed = await _documents.SeedAsync(RoomService.SeedClient("two-sum"), new Dictionary<string, string> { ["code:two-sum:python"] = "pass\n" }, CancellationToken.None);
        List<byte[]> written = [.. log, .. varied, merged, seed];

        Assert.All(written, u => Assert.Null(YjsUpdateFormat.Check(u)));
        // Every update cut short is refused (the reader needs every byte it was written with), and so is one with more after it.
        foreach (var update in varied.Append(merged).Append(log[^1]))
        {
            for (var length = 0; length < update.Length; length++)
            {
                Assert.NotNull(YjsUpdateFormat.Check(update.AsSpan(0, length)));
            }
            Assert.NotNull(YjsUpdateFormat.Check([.. update, 0]));
        }
    }

    /// <summary>A log of <paramref name="count"/> keystrokes by two editors, and the text they converged to.</summary>
    internal static async Task<(List<byte[]> Updates, string Text)> LogAsync(int count)
    {
        var json = JsonNode.Parse(await NodeAsync("make-updates.cjs", null, count.ToString(System.Globalization.CultureInfo.InvariantCulture)))!;
        return ([.. json["updates"]!.AsArray().Select(u => Convert.FromBase64String((string)u!))], (string)json["text"]!);
    }

    /// <summary>
    /// The update a browser's Yjs makes when, on top of <paramref name="log"/>, its editor replaces the shared text
    /// <paramref name="text"/> with <paramref name="content"/>.
    /// </summary>
    internal static async Task<byte[]> EditAsync(IEnumerable<byte[]> log, string text, string content)
    {
        var request = new JsonObject
        {
            ["log"] = new JsonArray([.. log.Select(u => JsonValue.Create(Convert.ToBase64String(u)))]),
            ["text"] = text,
            ["content"] = content,
        };
        return Convert.FromBase64String(await NodeAsync("edit.cjs", request.ToJsonString()));
    }

    // Runs a script of this folder with Node, with the front end's Yjs; its output.
    private static async Task<string> NodeAsync(string script, string? stdin, params string[] args)
    {
        var clientApp = Path.Combine(TestPaths.Repository, "src", "InterviewPractice.Web", "ClientApp");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in new[] { Path.Combine(TestPaths.Repository, "tests", "InterviewPractice.Web.Tests", "Rooms", script), clientApp }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        await node.StandardInput.WriteAsync(stdin ?? "");
        node.StandardInput.Close();
        await node.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(node.ExitCode == 0, $"{script} failed: {await error}");
        return await output;
    }
}
