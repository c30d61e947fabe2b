using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Judging;
using InterviewPractice.Problems;
using InterviewPractice.Web.Telemetry;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Submissions;

/// <summary>
/// Judges queued submissions with bounded concurrency (<c>Judge:Workers</c> loops). Each submission is claimed
/// from the database, judged under a renewed lease, and completed; progress is published as it happens, to
/// every node's waiters (<see cref="ISubmissionNotifier"/>). Runs on judge nodes only (Role judge or all).
/// </summary>
public sealed partial class JudgeWorker(
    SubmissionQueue queue,
    SubmissionEvents events,
    ISubmissionNotifier notifier,
    Judge judge,
    JudgeStatus status,
    ProblemCatalog catalog,
    TimeProvider clock,
    IOptions<JudgeOptions> judgeOptions,
    IOptions<SubmissionsOptions> options,
    ILogger<JudgeWorker> logger) : BackgroundService
{
    private const string Part = "workers";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RequeueInterruptedAsync(stoppingToken);
        await Task.WhenAll(Enumerable.Range(0, judgeOptions.Value.Workers).Select(_ => LoopAsync(stoppingToken)));
    }

    // The database may not answer yet at start (PostgreSQL restarting): retry rather than never judge again.
    private async Task RequeueInterruptedAsync(CancellationToken ct)
    {
        while (true)
        {
            try
            {
                var requeued = await queue.RequeueInterruptedAsync(ct);
                if (requeued > 0)
                {
                    LogRequeued(requeued);
                }
                status.Recovered(Part);
                return;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                status.Fault(Part, $"Judge workers cannot reach the database: {e.Message}");
                LogLoopError(e);
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
        }
    }

    // Never ends before shutdown: whatever one submission or the database throws (the engine's timeouts
    // included), the loop logs it, says so on /health, and goes on.
    private async Task LoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                if (!status.Ready)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
                    continue;
                }
                var submission = await queue.ClaimAsync(ct);
                if (submission is null)
                {
                    await WaitForWorkAsync(ct);
                    continue;
                }
                await JudgeOneAsync(submission, ct);
                status.Recovered(Part);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Stopping: a submission being judged stays claimed by this node and is requeued on the next start.
            }
            catch (Exception e)
            {
                LogLoopError(e);
                status.Fault(Part, $"A judge worker failed and is retrying: {e.Message}");
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), ct);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }
    }

    private async Task WaitForWorkAsync(CancellationToken ct)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        wait.CancelAfter(options.Value.PollInterval);
        try
        {
            await events.Queued.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
        }
    }

    private async Task JudgeOneAsync(Submission submission, CancellationToken ct)
    {
        using var judging = SubmissionTracing.StartJudging(submission);
        notifier.Publish(new SubmissionStarted(submission.Id));
        var request = Request(submission);
        // The lease is renewed while the judging can still be making progress: never past its budget, which
        // the judge enforces by stopping it; a judging stuck beyond that loses its lease to another node.
        var renewUntil = clock.GetUtcNow() + (request is null ? TimeSpan.Zero : judge.Budget(request)) + options.Value.Lease / 3;
        using var lease = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var heartbeat = HeartbeatAsync(submission.Id, renewUntil, lease.Token);
        JudgeResult result;
        try
        {
            result = await JudgeAsync(submission, request, ct);
        }
        finally
        {
            await lease.CancelAsync();
            await heartbeat;
        }
        if (result.Verdict == Verdict.InternalError && request is not null && !ct.IsCancellationRequested)
        {
            // The platform failed, not the code: try again later rather than give the user a verdict about our
            // outage. An outage of the engine itself costs no attempt: the submission waits until it is back.
            var outage = !status.Ready;
            if (outage || submission.Attempts < options.Value.MaxAttempts)
            {
                LogRetrying(submission.Id, submission.Attempts, result.Message);
                await Task.Delay(TimeSpan.FromSeconds(outage ? 1 : submission.Attempts), ct);
                await queue.ReleaseAsync(submission.Id, refundAttempt: outage, ct);
                return;
            }
        }
        var json = JsonSerializer.Serialize(result, SubmissionJson.Options);
        if (await queue.CompleteAsync(submission, result.Verdict, json, request?.Problem.TestsVersion, ct))
        {
            LogJudged(submission.Id, submission.Problem, submission.Language, result.Verdict);
            notifier.Publish(new SubmissionFinished(submission.Id));
        }
        else
        {
            LogLostLease(submission.Id);
        }
    }

    private JudgeRequest? Request(Submission submission)
    {
        if (!catalog.Current.Problems.TryGetValue(submission.Problem, out var problem) || !Languages.TryParse(submission.Language, out var language))
        {
            return null;
        }
        var custom = submission.CustomInputsJson is null
            ? ImmutableArray<JsonNode>.Empty
            : [.. (JsonNode.Parse(submission.CustomInputsJson) as JsonArray ?? []).OfType<JsonNode>()];
        return new JudgeRequest(problem, language, submission.Code, submission.Mode, custom, submission.ClientId);
    }

    private async Task<JudgeResult> JudgeAsync(Submission submission, JudgeRequest? request, CancellationToken ct)
    {
        if (submission.Attempts > options.Value.MaxAttempts)
        {
            return Internal($"Judging this submission failed {options.Value.MaxAttempts} times; it was given up.");
        }
        if (request is null)
        {
            return Internal($"The problem '{submission.Problem}' is no longer served.");
        }
        return await judge.JudgeAsync(request, t => notifier.Publish(new SubmissionProgress(submission.Id, t)), ct);
    }

    private async Task HeartbeatAsync(Guid id, DateTimeOffset renewUntil, CancellationToken ct)
    {
        try
        {
            while (clock.GetUtcNow() < renewUntil)
            {
                await Task.Delay(options.Value.Lease / 3, clock, ct);
                try
                {
                    await queue.RenewAsync(id, ct);
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    // A database hiccup: the next beat tries again, well within the lease.
                    LogRenewFailed(id, e.Message);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static JudgeResult Internal(string message) => new(Verdict.InternalError, 0, 0, [], null, 0, null, message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Requeued {Count} submissions interrupted by the last shutdown")]
    private partial void LogRequeued(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Judged {Id} ({Problem}, {Language}): {Verdict}")]
    private partial void LogJudged(Guid id, string problem, string language, Verdict verdict);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Submission {Id} was taken over by another node before its verdict was stored; its result is discarded")]
    private partial void LogLostLease(Guid id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Judging {Id} failed on the platform's side (attempt {Attempt}); it goes back to the queue: {Reason}")]
    private partial void LogRetrying(Guid id, int attempt, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the lease on {Id} failed: {Error}")]
    private partial void LogRenewFailed(Guid id, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "A judge worker failed; it goes on with the next submission")]
    private partial void LogLoopError(Exception e);
}
