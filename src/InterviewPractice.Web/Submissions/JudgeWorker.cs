using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Judging;
using InterviewPractice.Problems;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Submissions;

/// <summary>
/// Judges queued submissions with bounded concurrency (<c>Judge:Workers</c> loops). Each submission is claimed
/// from the database, judged under a renewed lease, and completed; progress is published as it happens.
/// </summary>
public sealed partial class JudgeWorker(
    SubmissionQueue queue,
    SubmissionEvents events,
    Judge judge,
    JudgeStatus status,
    ProblemCatalog catalog,
    IOptions<JudgeOptions> judgeOptions,
    IOptions<SubmissionsOptions> options,
    ILogger<JudgeWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var requeued = await queue.RequeueInterruptedAsync(stoppingToken);
        if (requeued > 0)
        {
            LogRequeued(requeued);
        }
        await Task.WhenAll(Enumerable.Range(0, judgeOptions.Value.Workers).Select(_ => LoopAsync(stoppingToken)));
    }

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
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Stopping: a submission being judged stays claimed by this node and is requeued on the next start.
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogLoopError(e);
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
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
        events.Publish(new SubmissionStarted(submission.Id));
        using var lease = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var heartbeat = HeartbeatAsync(submission.Id, lease.Token);
        JudgeResult result;
        try
        {
            result = await JudgeAsync(submission, ct);
        }
        finally
        {
            await lease.CancelAsync();
            await heartbeat;
        }
        if (result.Verdict == Verdict.InternalError && submission.Attempts < options.Value.MaxAttempts && !ct.IsCancellationRequested)
        {
            // The platform failed (the engine restarting, say), not the code: try again later rather than
            // give the user a verdict about our outage.
            LogRetrying(submission.Id, submission.Attempts, result.Message);
            await Task.Delay(TimeSpan.FromSeconds(submission.Attempts), ct);
            await queue.ReleaseAsync(submission.Id, ct);
            return;
        }
        var json = JsonSerializer.Serialize(result, SubmissionJson.Options);
        if (await queue.CompleteAsync(submission.Id, result.Verdict, json, ct))
        {
            LogJudged(submission.Id, submission.Problem, submission.Language, result.Verdict);
            events.Publish(new SubmissionFinished(submission.Id));
        }
        else
        {
            LogLostLease(submission.Id);
        }
    }

    private async Task<JudgeResult> JudgeAsync(Submission submission, CancellationToken ct)
    {
        if (submission.Attempts > options.Value.MaxAttempts)
        {
            return Internal($"Judging this submission failed {options.Value.MaxAttempts} times; it was given up.");
        }
        if (!catalog.Current.Problems.TryGetValue(submission.Problem, out var problem) || !Languages.TryParse(submission.Language, out var language))
        {
            return Internal($"The problem '{submission.Problem}' is no longer served.");
        }
        var custom = submission.CustomInputsJson is null
            ? ImmutableArray<JsonNode>.Empty
            : [.. (JsonNode.Parse(submission.CustomInputsJson) as JsonArray ?? []).OfType<JsonNode>()];
        var request = new JudgeRequest(problem, language, submission.Code, submission.Mode, custom);
        return await judge.JudgeAsync(request, t => events.Publish(new SubmissionProgress(submission.Id, t)), ct);
    }

    private async Task HeartbeatAsync(Guid id, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await Task.Delay(options.Value.Lease / 3, ct);
                await queue.RenewAsync(id, ct);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "A judge worker failed; it goes on with the next submission")]
    private partial void LogLoopError(Exception e);
}
