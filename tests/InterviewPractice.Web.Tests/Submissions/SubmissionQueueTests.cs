using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using InterviewPractice.Judging;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Submissions;
using InterviewPractice.Web.Telemetry;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace InterviewPractice.Web.Tests.Submissions;

/// <summary>
/// The queue on both databases: several nodes claiming at once each get different submissions, every
/// submission is claimed exactly once, and an expired lease lets another node take over.
/// </summary>
public sealed class SubmissionQueueTests
{
    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    private static async Task<(TestApp App, Func<Task>? Drop)> StartAsync(string provider)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Judge:Image"] = "interviewpractice/no-such-image:test",
            ["Judge:WarmPerLanguage"] = "0",
        };
        Func<Task>? drop = null;
        if (provider == "postgres")
        {
            var admin = await TestServices.PostgresAsync();
            var name = $"ip_queue_{Guid.NewGuid():N}";
            var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
            settings["Database:Provider"] = "postgres";
            settings["Database:ConnectionString"] = builder.ConnectionString;
            drop = async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await using var connection = new NpgsqlConnection(admin);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
            };
        }
        var app = new TestApp(settings: settings);
        _ = app.Services; // starts the host, which creates the schema
        return (app, drop);
    }

    // Tests about claiming in general let one client run any number at once; the running cap has tests of its own.
    private static SubmissionQueue Queue(TestApp app, string node, TimeProvider? clock = null, int maxRunningPerClient = int.MaxValue, int maxResultBytes = 1024 * 1024) => new(
        app.Services.GetRequiredService<IServiceScopeFactory>(),
        Options.Create(new SubmissionsOptions { Lease = TimeSpan.FromMinutes(1), MaxRunningPerClient = maxRunningPerClient, MaxResultBytes = maxResultBytes }),
        Options.Create(new JudgeOptions { NodeId = node }),
        clock ?? TimeProvider.System,
        app.Services.GetRequiredService<SubmissionMetrics>());

    private static readonly DateTime Start = DateTime.UtcNow;
    private static int _created;

    /// <summary>Queues submissions of one client, each created after every one queued before it.</summary>
    private static async Task<List<Guid>> AddQueuedAsync(TestApp app, int count, string client = "test")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ids = Enumerable.Range(0, count).Select(i => new Submission
        {
            Id = Guid.CreateVersion7(),
            Problem = "two-sum",
            Language = "python",
            Code = "pass",
            ClientId = client,
            Status = SubmissionStatus.Queued,
            CreatedAt = Start.AddMilliseconds(Interlocked.Increment(ref _created)),
        }).ToList();
        db.Submissions.AddRange(ids);
        await db.SaveChangesAsync();
        return [.. ids.Select(s => s.Id)];
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ConcurrentClaimsFromSeveralNodesTakeEachSubmissionExactlyOnce(string provider)
    {
        var (app, drop) = await StartAsync(provider);
        try
        {
            var ids = await AddQueuedAsync(app, 40);
            var claims = new ConcurrentBag<(string Node, Guid Id)>();
            var workers = new[] { "node-a", "node-b" }.SelectMany(node => Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                var queue = Queue(app, node);
                while (await queue.ClaimAsync(CancellationToken.None) is { } claimed)
                {
                    claims.Add((node, claimed.Id));
                }
            })));
            await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(60));

            Assert.Equal(ids.Order(), claims.Select(c => c.Id).Order());
        }
        finally
        {
            app.Dispose();
            if (drop is not null)
            {
                await drop();
            }
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ExpiredLeaseIsTakenOverAndTheLateNodeCannotComplete(string provider)
    {
        var (app, drop) = await StartAsync(provider);
        try
        {
            var id = (await AddQueuedAsync(app, 1))[0];
            var clock = new ManualClock(DateTimeOffset.UtcNow);
            var dead = Queue(app, "node-dead", clock);
            var alive = Queue(app, "node-alive", clock);

            Assert.Equal(id, (await dead.ClaimAsync(CancellationToken.None))!.Id);
            clock.Advance(TimeSpan.FromSeconds(59));
            Assert.Null(await alive.ClaimAsync(CancellationToken.None));
            clock.Advance(TimeSpan.FromSeconds(2));
            Assert.Equal(id, (await alive.ClaimAsync(CancellationToken.None))!.Id);

            Assert.False(await dead.CompleteAsync(id, Verdict.Accepted, "{}", CancellationToken.None));
            Assert.True(await alive.CompleteAsync(id, Verdict.WrongAnswer, "{}", CancellationToken.None));
            await using var scope = app.Services.CreateAsyncScope();
            var row = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Submissions.AsNoTracking().SingleAsync();
            Assert.Equal(Verdict.WrongAnswer, row.Verdict);
            Assert.Equal(2, row.Attempts);
        }
        finally
        {
            app.Dispose();
            if (drop is not null)
            {
                await drop();
            }
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task OneClientsBacklogDoesNotDelayAnotherClientsFirstSubmission(string provider)
    {
        var (app, drop) = await StartAsync(provider);
        try
        {
            var backlog = await AddQueuedAsync(app, 100, "client-a");
            var first = (await AddQueuedAsync(app, 1, "client-b"))[0];
            var queue = Queue(app, "node-a");

            Assert.Equal(backlog[0], (await queue.ClaimAsync(CancellationToken.None))!.Id);
            Assert.Equal(first, (await queue.ClaimAsync(CancellationToken.None))!.Id);
            Assert.Equal(backlog[1], (await queue.ClaimAsync(CancellationToken.None))!.Id);
        }
        finally
        {
            await DisposeAsync(app, drop);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ReJudgesWaitBehindEveryLiveSubmissionHoweverOldTheyAre(string provider)
    {
        var (app, drop) = await StartAsync(provider);
        try
        {
            // Two old submissions an instructor asked to re-judge, of two clients; then a live one.
            var rejudged = await AddQueuedAsync(app, 1, "client-a");
            rejudged.AddRange(await AddQueuedAsync(app, 1, "client-b"));
            var live = (await AddQueuedAsync(app, 1, "client-c"))[0];
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                await db.Submissions.Where(s => rejudged.Contains(s.Id)).ExecuteUpdateAsync(u => u.SetProperty(s => s.RejudgedAt, Start));
            }
            var queue = Queue(app, "node-a");

            Assert.Equal(live, (await queue.ClaimAsync(CancellationToken.None))!.Id);
            Assert.Equal(rejudged[0], (await queue.ClaimAsync(CancellationToken.None))!.Id);
            Assert.Equal(rejudged[1], (await queue.ClaimAsync(CancellationToken.None))!.Id);
        }
        finally
        {
            await DisposeAsync(app, drop);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AClientWhoseBacklogIsBeingJudgedDoesNotGoFirstAgainWhenOneOfItsSubmissionsFinishes(string provider)
    {
        var (app, drop) = await StartAsync(provider);
        try
        {
            var backlog = await AddQueuedAsync(app, 5, "client-a");
            var queue = Queue(app, "node-a");
            var first = (await queue.ClaimAsync(CancellationToken.None))!.Id;
            var other = (await AddQueuedAsync(app, 1, "client-b"))[0];
            Assert.True(await queue.CompleteAsync(first, Verdict.Accepted, "{}", CancellationToken.None));

            Assert.Equal(backlog[0], first);
            Assert.Equal(other, (await queue.ClaimAsync(CancellationToken.None))!.Id);
            Assert.Equal(backlog[1], (await queue.ClaimAsync(CancellationToken.None))!.Id);
        }
        finally
        {
            await DisposeAsync(app, drop);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ClaimsGoRoundRobinBetweenClients(string provider)
    {
        var (app, drop) = await StartAsync(provider);
        try
        {
            var a = await AddQueuedAsync(app, 3, "client-a");
            var b = await AddQueuedAsync(app, 3, "client-b");
            var c = await AddQueuedAsync(app, 3, "client-c");
            var queue = Queue(app, "node-a");

            var claimed = new List<Guid>();
            while (await queue.ClaimAsync(CancellationToken.None) is { } next)
            {
                claimed.Add(next.Id);
            }

            Assert.Equal([a[0], b[0], c[0], a[1], b[1], c[1], a[2], b[2], c[2]], claimed);
        }
        finally
        {
            await DisposeAsync(app, drop);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ClaimSkipsAClientAtItsRunningCapAndStillTakesOverExpiredLeases(string provider)
    {
        var (app, drop) = await StartAsync(provider);
        try
        {
            var a = await AddQueuedAsync(app, 3, "client-a");
            var b = (await AddQueuedAsync(app, 1, "client-b"))[0];
            var clock = new ManualClock(DateTimeOffset.UtcNow);
            var dead = Queue(app, "node-dead", clock, maxRunningPerClient: 1);
            var alive = Queue(app, "node-alive", clock, maxRunningPerClient: 1);

            Assert.Equal(a[0], (await dead.ClaimAsync(CancellationToken.None))!.Id);
            Assert.Equal(b, (await dead.ClaimAsync(CancellationToken.None))!.Id);
            Assert.Null(await alive.ClaimAsync(CancellationToken.None));

            // The dead node's leases expire: its submissions are taken over, and client A is at its cap again.
            clock.Advance(TimeSpan.FromSeconds(61));
            Assert.Equal(a[0], (await alive.ClaimAsync(CancellationToken.None))!.Id);
            Assert.Equal(b, (await alive.ClaimAsync(CancellationToken.None))!.Id);
            Assert.Null(await alive.ClaimAsync(CancellationToken.None));

            Assert.True(await alive.CompleteAsync(a[0], Verdict.Accepted, "{}", CancellationToken.None));
            Assert.Equal(a[1], (await alive.ClaimAsync(CancellationToken.None))!.Id);
        }
        finally
        {
            await DisposeAsync(app, drop);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ConcurrentClaimsFromSeveralNodesNeverExceedAClientsRunningCap(string provider)
    {
        var (app, drop) = await StartAsync(provider);
        try
        {
            var ids = await AddQueuedAsync(app, 20, "client-a");
            var claims = new ConcurrentBag<Guid>();
            var workers = new[] { "node-a", "node-b" }.SelectMany(node => Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                var queue = Queue(app, node, maxRunningPerClient: 2);
                while (await queue.ClaimAsync(CancellationToken.None) is { } claimed)
                {
                    claims.Add(claimed.Id);
                }
            })));
            await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(60));

            Assert.Equal(ids.Take(2).Order(), claims.Order());
        }
        finally
        {
            await DisposeAsync(app, drop);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task OversizedResultIsStoredWithoutTheTestsOutputs(string provider)
    {
        var (app, drop) = await StartAsync(provider);
        try
        {
            var ids = await AddQueuedAsync(app, 2);
            var queue = Queue(app, "node-a", maxResultBytes: 64 * 1024);
            var huge = new string('x', 200 * 1024);
            var small = new JudgeResult(Verdict.WrongAnswer, 0, 1, [new TestResult(0, TestKind.Sample, Verdict.WrongAnswer, 5, 100, Actual: "3", Stdout: "hi")], null, 5, 100, null);
            var large = small with
            {
                Tests = [.. Enumerable.Range(0, 3).Select(i => new TestResult(i, TestKind.Sample, Verdict.WrongAnswer, 5, 100, Input: "1", Expected: "2", Actual: huge, Stdout: huge))],
                Total = 3,
            };

            foreach (var (id, result) in ids.Zip([small, large]))
            {
                Assert.Equal(id, (await queue.ClaimAsync(CancellationToken.None))!.Id);
                Assert.True(await queue.CompleteAsync(id, result.Verdict, JsonSerializer.Serialize(result, SubmissionJson.Options), CancellationToken.None));
            }

            await using var scope = app.Services.CreateAsyncScope();
            var rows = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Submissions.AsNoTracking().ToDictionaryAsync(s => s.Id);
            var kept = SubmissionView.From(rows[ids[0]]);
            Assert.Equal("3", kept.Tests[0].Actual?.GetValue<string>());
            Assert.Equal("hi", kept.Tests[0].Stdout);
            Assert.True(Encoding.UTF8.GetByteCount(rows[ids[1]].ResultJson!) <= 64 * 1024);
            var cut = SubmissionView.From(rows[ids[1]]);
            Assert.Equal((Verdict.WrongAnswer, 0, 3), (cut.Verdict!.Value, cut.Passed!.Value, cut.Total!.Value));
            Assert.All(cut.Tests, t => Assert.Equal(("1", "2", null, null), (t.Input?.GetValue<string>(), t.Expected?.GetValue<string>(), t.Actual, t.Stdout)));
            Assert.Contains("truncated", cut.Message);
        }
        finally
        {
            await DisposeAsync(app, drop);
        }
    }

    private static async Task DisposeAsync(TestApp app, Func<Task>? drop)
    {
        app.Dispose();
        if (drop is not null)
        {
            await drop();
        }
    }
}
