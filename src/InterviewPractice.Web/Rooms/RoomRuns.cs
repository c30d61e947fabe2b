using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Submissions;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Rooms;

/// <summary>The one JSON form of rooms' log payloads (web defaults, enums as names).</summary>
public static class RoomJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

/// <summary>
/// Follows the runs and submissions made from rooms, wherever they are judged: each test as it finishes goes to
/// everyone in the room, and the verdict too, logged in the room for the replay. A follow ends with the verdict,
/// or after <c>Rooms:RunFollowLimit</c>; all end when the server stops. A node that starts follows again the
/// rooms' runs of the last <c>RunFollowLimit</c> that have no verdict logged, so a restart mid-run loses none.
/// </summary>
public sealed partial class RoomRuns(
    SubmissionEvents events,
    IServiceScopeFactory scopes,
    RoomService rooms,
    IHubContext<RoomHub, IRoomClient> hub,
    IOptions<RoomsOptions> options,
    TimeProvider clock,
    ILogger<RoomRuns> logger) : BackgroundService
{
    private readonly Channel<(Guid Room, Guid Submission)> _started = Channel.CreateUnbounded<(Guid, Guid)>();
    private readonly ConcurrentDictionary<Guid, Task> _following = new();

    /// <summary>Starts following a submission made from a room.</summary>
    public void Follow(Guid room, Guid submission) => _started.Writer.TryWrite((room, submission));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ResumeAsync(stoppingToken);
            await foreach (var (room, submission) in _started.Reader.ReadAllAsync(stoppingToken))
            {
                var follow = FollowAsync(room, submission, stoppingToken);
                _following[submission] = follow;
                _ = follow.ContinueWith(_ => _following.TryRemove(submission, out var _), TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await Task.WhenAll(_following.Values);
    }

    private async Task FollowAsync(Guid room, Guid id, CancellationToken stoppingToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        limit.CancelAfter(options.Value.RunFollowLimit);
        // Subscribed before the first read: a verdict stored in between is not missed. Tests judged before the
        // subscription (a quick judge), or whose events were lost, are sent from the stored result, so everyone
        // gets every test once, in order, before the verdict.
        using var subscription = events.Subscribe(id);
        try
        {
            var group = hub.Clients.Group(RoomHub.Group(room));
            // Live progress is passed on while it comes in order; after a gap, the rest comes from the stored result.
            var next = 0;
            var submission = await ReadAsync(id, limit.Token);
            while (submission is { Status: not SubmissionStatus.Done })
            {
                switch (await subscription.Reader.ReadAsync(limit.Token))
                {
                    case SubmissionProgress progress when progress.Test.Index == next:
                        await group.RunProgress(id, progress.Test);
                        next++;
                        break;
                    case SubmissionFinished:
                        submission = await ReadAsync(id, limit.Token);
                        break;
                }
            }
            if (submission is null)
            {
                return;
            }
            var view = SubmissionView.From(submission);
            foreach (var test in view.Tests.Where(t => t.Index >= next).OrderBy(t => t.Index))
            {
                await group.RunProgress(id, test);
            }
            var logged = await rooms.AppendAsync(room, null, RoomEventKind.Result, JsonSerializer.SerializeToUtf8Bytes(view, RoomJson.Options), limit.Token);
            await group.Event(logged);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            if (!stoppingToken.IsCancellationRequested)
            {
                LogGaveUp(id, room, options.Value.RunFollowLimit);
            }
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            LogFailed(id, room, e.Message);
        }
    }

    // The runs of the last RunFollowLimit whose verdict no room entry has yet: followed again (a node stopped
    // while they were judged). Their tests reach the room from the stored result, then the verdict.
    private async Task ResumeAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // A room's runs are the judge's queue's client "room-{id}" (RoomService.RunAsync).
            var since = (clock.GetUtcNow() - options.Value.RunFollowLimit).UtcDateTime;
            var runs = (await db.Submissions.AsNoTracking()
                    .Where(x => x.ClientId.StartsWith(ClientPrefix) && x.CreatedAt >= since)
                    .Select(x => new { x.Id, x.ClientId })
                    .ToListAsync(ct))
                .Select(x => (x.Id, Room: Guid.TryParseExact(x.ClientId[ClientPrefix.Length..], "N", out var room) ? room : Guid.Empty))
                .Where(x => x.Room != Guid.Empty)
                .ToList();
            var rooms = runs.Select(r => r.Room).Distinct().ToList();
            var judged = (await db.Set<RoomEvent>().AsNoTracking()
                    .Where(e => rooms.Contains(e.RoomId) && e.Kind == RoomEventKind.Result)
                    .Select(e => e.Payload)
                    .ToListAsync(ct))
                .Select(SubmissionOf)
                .ToHashSet();
            foreach (var (id, room) in runs.Where(r => !judged.Contains(r.Id)))
            {
                LogResumed(id, room);
                Follow(room, id);
            }
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or JsonException)
        {
            // The database is away at start: those rooms get their verdicts on the submission's own page.
            LogFailed(Guid.Empty, Guid.Empty, e.Message);
        }
    }

    /// <summary>The judge queue's client a room's runs go as: this, then the room's id ("N" format).</summary>
    public const string ClientPrefix = "room-";

    private static Guid SubmissionOf(byte[] result) =>
        JsonSerializer.Deserialize<SubmissionIdOnly>(result, RoomJson.Options)?.Id ?? Guid.Empty;

    private sealed record SubmissionIdOnly(Guid Id);

    private async Task<Submission?> ReadAsync(Guid id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Following submission {Submission} of room {Room} again: it had no verdict in the room when this node started")]
    private partial void LogResumed(Guid submission, Guid room);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopped following submission {Submission} of room {Room}: no verdict within {Limit}")]
    private partial void LogGaveUp(Guid submission, Guid room, TimeSpan limit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Following submission {Submission} of room {Room} failed: {Error}")]
    private partial void LogFailed(Guid submission, Guid room, string error);
}
