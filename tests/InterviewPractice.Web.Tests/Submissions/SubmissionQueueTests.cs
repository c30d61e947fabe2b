using System.Collections.Concurrent;
using InterviewPractice.Judging;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Submissions;
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
            var admin = Environment.GetEnvironmentVariable("INTERVIEW_TEST_POSTGRES");
            if (string.IsNullOrEmpty(admin))
            {
                throw new InvalidOperationException("INTERVIEW_TEST_POSTGRES is not set. Run ./interview test, which starts PostgreSQL and sets it.");
            }
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

    private static SubmissionQueue Queue(TestApp app, string node, TimeProvider? clock = null) => new(
        app.Services.GetRequiredService<IServiceScopeFactory>(),
        Options.Create(new SubmissionsOptions { Lease = TimeSpan.FromMinutes(1) }),
        Options.Create(new JudgeOptions { NodeId = node }),
        clock ?? TimeProvider.System);

    private static async Task<List<Guid>> AddQueuedAsync(TestApp app, int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ids = Enumerable.Range(0, count).Select(i => new Submission
        {
            Id = Guid.CreateVersion7(),
            Problem = "two-sum",
            Language = "python",
            Code = "pass",
            ClientId = "test",
            Status = SubmissionStatus.Queued,
            CreatedAt = DateTime.UtcNow.AddMilliseconds(i),
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
}
