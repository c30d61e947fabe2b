using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static InterviewPractice.Web.Submissions.SubmissionProblems;

namespace InterviewPractice.Web.Submissions;

/// <summary>What reading a submission needs.</summary>
internal sealed record SubmissionReadServices(
    HttpContext Http, AppDbContext Db, SubmissionEvents Events, ClientWaiters Waiters, IOptions<SubmissionsOptions> Options);

/// <summary>
/// Reading a submission: at once, held until its verdict (long poll), or followed as server-sent events. A wait
/// reads the row when it starts and when it ends; in between it awaits <see cref="SubmissionEvents"/>.
/// </summary>
internal static class SubmissionReads
{
    /// <summary>The tag on a read of one submission (it shows in logs and lets tests count reads).</summary>
    public const string ReadTag = "submission read";

    public static async Task<Results<Ok<SubmissionView>, ProblemHttpResult>> Get(
        Guid id, double? wait, [AsParameters] SubmissionReadServices s, CancellationToken ct)
    {
        // Subscribe before reading, so a verdict stored in between is not missed.
        using var subscription = s.Events.Subscribe(id);
        var submission = await ReadAsync(s.Db, id, ct);
        if (submission is null)
        {
            return Unknown(id);
        }
        if (submission.Status != SubmissionStatus.Done && wait is > 0)
        {
            using var slot = s.Waiters.TryEnter(ClientKey.Of(s.Http));
            if (slot is null)
            {
                return TooManyWaiters(s.Http, s.Options.Value.MaxWaitersPerClient);
            }
            var timeout = TimeSpan.FromSeconds(Math.Min(wait.Value, s.Options.Value.MaxWait.TotalSeconds));
            await subscription.WaitForFinishAsync(timeout, ct);
            submission = await ReadAsync(s.Db, id, ct) ?? submission;
        }
        return TypedResults.Ok(SubmissionView.From(submission));
    }

    public static async Task<Results<ServerSentEventsResult<object>, ProblemHttpResult>> Events(
        Guid id, [AsParameters] SubmissionReadServices s, CancellationToken ct)
    {
        var subscription = s.Events.Subscribe(id);
        // Released when the response ends, however it ends.
        s.Http.Response.RegisterForDispose(subscription);
        var submission = await ReadAsync(s.Db, id, ct);
        if (submission is null)
        {
            return Unknown(id);
        }
        IDisposable? slot = null;
        if (submission.Status != SubmissionStatus.Done)
        {
            slot = s.Waiters.TryEnter(ClientKey.Of(s.Http));
            if (slot is null)
            {
                return TooManyWaiters(s.Http, s.Options.Value.MaxWaitersPerClient);
            }
            s.Http.Response.RegisterForDispose(slot);
        }
        return TypedResults.ServerSentEvents(Stream(subscription, slot, submission, s.Db, ct));
    }

    private static async IAsyncEnumerable<SseItem<object>> Stream(
        SubmissionEvents.Subscription subscription, IDisposable? slot, Submission submission, AppDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        // Released as the stream ends, before the response completes, so a client that saw the end may wait again.
        using var _ = subscription;
        using var __ = slot;
        var status = submission.Status;
        yield return Status(status);
        while (status != SubmissionStatus.Done)
        {
            switch (await subscription.Reader.ReadAsync(ct))
            {
                case SubmissionStarted when status == SubmissionStatus.Queued:
                    status = SubmissionStatus.Running;
                    yield return Status(status);
                    break;
                case SubmissionProgress progress:
                    yield return new SseItem<object>(progress.Test, "test");
                    break;
                case SubmissionFinished:
                    submission = await ReadAsync(db, submission.Id, ct) ?? submission;
                    status = SubmissionStatus.Done;
                    break;
            }
        }
        yield return new SseItem<object>(SubmissionView.From(submission), "done");
    }

    private static SseItem<object> Status(SubmissionStatus status) =>
        new(new { status = status.ToString().ToLowerInvariant() }, "status");

    private static Task<Submission?> ReadAsync(AppDbContext db, Guid id, CancellationToken ct) =>
        db.Submissions.AsNoTracking().TagWith(ReadTag).FirstOrDefaultAsync(s => s.Id == id, ct);

    private static ProblemHttpResult Unknown(Guid id) =>
        Problem(StatusCodes.Status404NotFound, "Unknown submission", $"There is no submission {id}.");
}
