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
/// or after <c>Rooms:RunFollowLimit</c>; all end when the server stops.
/// </summary>
public sealed partial class RoomRuns(
    SubmissionEvents events,
    IServiceScopeFactory scopes,
    RoomService rooms,
    IHubContext<RoomHub, IRoomClient> hub,
    IOptions<RoomsOptions> options,
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

    private async Task<Submission?> ReadAsync(Guid id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopped following submission {Submission} of room {Room}: no verdict within {Limit}")]
    private partial void LogGaveUp(Guid submission, Guid room, TimeSpan limit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Following submission {Submission} of room {Room} failed: {Error}")]
    private partial void LogFailed(Guid submission, Guid room, string error);
}
