using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Judging;
using InterviewPractice.Problems;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Telemetry;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Submissions;

/// <summary>Why a submission was not taken: an HTTP status, a title and a detail, and when to retry (for "busy").</summary>
public sealed record SubmissionRefusal(int Status, string Title, string Detail, TimeSpan? RetryAfter = null);

/// <summary>
/// Taking a submission in: every check (problem, language, size, mode, custom inputs, queue limits), then the row
/// stored (committed: a restart still judges it) and the queue told. The one way in, for the API and the rooms.
/// </summary>
public sealed class SubmissionIntake(
    ProblemCatalog catalog, SubmissionQueue queue, ISubmissionNotifier notifier, IOptions<SubmissionsOptions> options, TimeProvider clock)
{
    /// <summary>
    /// Checks and queues <paramref name="request"/> for <paramref name="client"/> (and the signed-in account
    /// <paramref name="userId"/>, if any); the submission, or why not.
    /// </summary>
    public async Task<(Submission? Submission, SubmissionRefusal? Refusal)> EnqueueAsync(
        SubmissionRequest request, string client, AppDbContext db, CancellationToken ct, string? userId = null)
    {
        var limits = options.Value;
        if (string.IsNullOrWhiteSpace(request.Problem) || !catalog.Current.Problems.TryGetValue(request.Problem, out var problem))
        {
            return Refuse(StatusCodes.Status404NotFound, "Unknown problem", $"There is no problem '{request.Problem}'. GET /api/problems lists them.");
        }
        if (problem.Kind != ProblemKind.Code)
        {
            return Refuse(StatusCodes.Status400BadRequest, "Not a coding problem", $"'{problem.Slug}' is a concept problem: POST its answers to /api/problems/{problem.Slug}/answers.");
        }
        if (!Languages.TryParse(request.Language, out var language) || !problem.Languages.Contains(language))
        {
            return Refuse(StatusCodes.Status400BadRequest, "Unsupported language", $"'{request.Language}' is not a language of '{problem.Slug}'; use one of {string.Join(", ", problem.Languages.Select(l => l.Id()))}.");
        }
        if (string.IsNullOrWhiteSpace(request.Code))
        {
            return Refuse(StatusCodes.Status400BadRequest, "No code", "'code' is empty.");
        }
        if (Encoding.UTF8.GetByteCount(request.Code) > limits.MaxCodeBytes)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, "Code too large", $"The code is larger than {limits.MaxCodeBytes / 1024} KiB.");
        }
        JudgeMode mode;
        switch (request.Mode?.ToLowerInvariant())
        {
            case "run":
                mode = JudgeMode.Run;
                break;
            case "submit" or null:
                mode = JudgeMode.Submit;
                break;
            default:
                return Refuse(StatusCodes.Status400BadRequest, "Unknown mode", $"'mode' is 'run' or 'submit', not '{request.Mode}'.");
        }
        if (CheckCustomInputs(problem, mode, request.CustomInputs, limits) is { } inputError)
        {
            return Refuse(StatusCodes.Status400BadRequest, "Invalid custom input", inputError);
        }
        var (queued, queuedOfClient) = await queue.CountQueuedAsync(client, ct);
        if (queued >= limits.MaxQueued)
        {
            return Busy(TimeSpan.FromSeconds(Math.Clamp(queued / 10, 5, 120)), "The judge is busy", $"{queued} submissions are waiting. Try again shortly.");
        }
        if (queuedOfClient >= limits.MaxQueuedPerClient)
        {
            return Busy(TimeSpan.FromSeconds(10), "Too many queued submissions",
                $"This client already has {queuedOfClient} submissions waiting to be judged (at most {limits.MaxQueuedPerClient}). Wait for their verdicts, then submit again.");
        }

        var submission = new Submission
        {
            Id = Guid.CreateVersion7(),
            Problem = problem.Slug,
            Language = language.Id(),
            Code = request.Code,
            Mode = mode,
            UserId = userId,
            CustomInputsJson = request.CustomInputs is { Count: > 0 } inputs ? inputs.ToJsonString() : null,
            Status = SubmissionStatus.Queued,
            ClientId = client,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            TraceParent = SubmissionTracing.CurrentTraceParent(),
        };
        db.Submissions.Add(submission);
        // Stored (committed) before 202: a restart after this point still judges it.
        await db.SaveChangesAsync(ct);
        notifier.Publish(new SubmissionQueued(submission.Id));
        return new(submission, null);
    }

    private static (Submission?, SubmissionRefusal?) Refuse(int status, string title, string detail) => (null, new(status, title, detail));

    private static (Submission?, SubmissionRefusal?) Busy(TimeSpan retryAfter, string title, string detail) =>
        (null, new(StatusCodes.Status429TooManyRequests, title, detail, retryAfter));

    private static string? CheckCustomInputs(Problem problem, JudgeMode mode, JsonArray? inputs, SubmissionsOptions limits)
    {
        if (inputs is null || inputs.Count == 0)
        {
            return null;
        }
        if (mode != JudgeMode.Run)
        {
            return "Custom inputs are for runs ('mode': 'run'); a submit is judged on the hidden tests.";
        }
        if (inputs.Count > limits.MaxCustomInputs)
        {
            return $"At most {limits.MaxCustomInputs} custom inputs per run.";
        }
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (problem.Signature is not { } signature)
            {
                if (input is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
                {
                    return $"customInputs[{i}] must be the program's stdin, as a string.";
                }
                continue;
            }
            if (input is not JsonObject args)
            {
                return $"customInputs[{i}] must be an object of arguments: {{{string.Join(", ", signature.Params.Select(p => $"\"{p.Name}\": {p.Type}"))}}}.";
            }
            if (signature.CheckArguments(args, $"customInputs[{i}].") is { } error)
            {
                return error + ".";
            }
        }
        return null;
    }
}
