using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.RateLimiting;
using InterviewPractice.Judging;
using InterviewPractice.Problems;
using InterviewPractice.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Submissions;

/// <summary>Submitting code and following its verdict.</summary>
public static class SubmissionsApi
{
    private const string RateLimitPolicy = "submissions";

    public static IServiceCollection AddSubmissions(this IServiceCollection services)
    {
        services.AddOptions<SubmissionsOptions>().BindConfiguration(SubmissionsOptions.Section)
            .Validate(o => o.MaxCodeBytes > 0 && o.MaxQueued > 0 && o.PerClientPerMinute > 0, "Submissions limits must be positive")
            .Validate(o => o.Lease >= TimeSpan.FromSeconds(3), "Submissions:Lease must be at least 3 seconds")
            .ValidateOnStart();
        services.AddSingleton<SubmissionEvents>();
        services.AddSingleton<SubmissionQueue>();
        services.AddHostedService<JudgeWorker>();
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(RateLimitPolicy, http =>
            {
                var perMinute = http.RequestServices.GetRequiredService<IOptions<SubmissionsOptions>>().Value.PerClientPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            limiter.OnRejected = async (context, ct) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(10);
                await TooMany(context.HttpContext, retry, "Too many submissions", "This client has sent too many submissions in the last minute.").ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    public static IEndpointRouteBuilder MapSubmissions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/submissions").WithTags("Submissions");
        group.MapPost("/", Create).RequireRateLimiting(RateLimitPolicy)
            .WithSummary("Queues code to be judged: run (samples and custom inputs) or submit (hidden tests).");
        group.MapGet("/{id:guid}", Get)
            .WithSummary("A submission's status and verdict; ?wait=N holds the answer up to N seconds for the verdict.");
        group.MapGet("/{id:guid}/events", Events)
            .WithSummary("Server-sent events: status, each test as it finishes, then the whole result.");
        return app;
    }

    private static async Task<Results<Accepted<SubmissionAccepted>, ProblemHttpResult>> Create(
        SubmissionRequest request, HttpContext http, ProblemCatalog catalog, AppDbContext db, SubmissionQueue queue,
        SubmissionEvents events, IOptions<SubmissionsOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var limits = options.Value;
        if (string.IsNullOrWhiteSpace(request.Problem) || !catalog.Current.Problems.TryGetValue(request.Problem, out var problem))
        {
            return Problem(StatusCodes.Status404NotFound, "Unknown problem", $"There is no problem '{request.Problem}'. GET /api/problems lists them.");
        }
        if (problem.Kind != ProblemKind.Code)
        {
            return Problem(StatusCodes.Status400BadRequest, "Not a coding problem", $"'{problem.Slug}' is a concept problem: POST its answers to /api/problems/{problem.Slug}/answers.");
        }
        if (!Languages.TryParse(request.Language, out var language) || !problem.Languages.Contains(language))
        {
            return Problem(StatusCodes.Status400BadRequest, "Unsupported language", $"'{request.Language}' is not a language of '{problem.Slug}'; use one of {string.Join(", ", problem.Languages.Select(l => l.Id()))}.");
        }
        if (string.IsNullOrWhiteSpace(request.Code))
        {
            return Problem(StatusCodes.Status400BadRequest, "No code", "'code' is empty.");
        }
        if (Encoding.UTF8.GetByteCount(request.Code) > limits.MaxCodeBytes)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Code too large", $"The code is larger than {limits.MaxCodeBytes / 1024} KiB.");
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
                return Problem(StatusCodes.Status400BadRequest, "Unknown mode", $"'mode' is 'run' or 'submit', not '{request.Mode}'.");
        }
        if (CheckCustomInputs(problem, mode, request.CustomInputs, limits) is { } inputError)
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid custom input", inputError);
        }
        var queued = await queue.CountQueuedAsync(ct);
        if (queued >= limits.MaxQueued)
        {
            return TooMany(http, TimeSpan.FromSeconds(Math.Clamp(queued / 10, 5, 120)), "The judge is busy", $"{queued} submissions are waiting. Try again shortly.");
        }

        var submission = new Submission
        {
            Id = Guid.CreateVersion7(),
            Problem = problem.Slug,
            Language = language.Id(),
            Code = request.Code,
            Mode = mode,
            CustomInputsJson = request.CustomInputs is { Count: > 0 } inputs ? inputs.ToJsonString() : null,
            Status = SubmissionStatus.Queued,
            ClientId = http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Submissions.Add(submission);
        // Stored (committed) before 202: a restart after this point still judges it.
        await db.SaveChangesAsync(ct);
        events.Queued.Writer.TryWrite(submission.Id);
        var url = $"/api/submissions/{submission.Id}";
        return TypedResults.Accepted(url, new SubmissionAccepted(submission.Id, "queued", url, url + "/events"));
    }

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
            foreach (var key in args.Select(a => a.Key).Where(k => signature.Params.All(p => p.Name != k)))
            {
                return $"customInputs[{i}] has '{key}', which is not a parameter of {signature.Function}.";
            }
            foreach (var parameter in signature.Params)
            {
                if (!args.ContainsKey(parameter.Name))
                {
                    return $"customInputs[{i}] has no value for '{parameter.Name}'.";
                }
                if (parameter.Type.Check(args[parameter.Name], $"customInputs[{i}].{parameter.Name}") is { } error)
                {
                    return error + ".";
                }
            }
        }
        return null;
    }

    private static async Task<Results<Ok<SubmissionView>, ProblemHttpResult>> Get(
        Guid id, double? wait, AppDbContext db, SubmissionEvents events, IOptions<SubmissionsOptions> options, CancellationToken ct)
    {
        // Subscribe before reading, so a verdict stored in between is not missed.
        using var subscription = events.Subscribe(id);
        var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (submission is null)
        {
            return Problem(StatusCodes.Status404NotFound, "Unknown submission", $"There is no submission {id}.");
        }
        if (submission.Status != SubmissionStatus.Done && wait is > 0)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(Math.Min(wait.Value, options.Value.MaxWait.TotalSeconds));
            while (submission.Status != SubmissionStatus.Done && DateTime.UtcNow < deadline)
            {
                await WaitForFinishAsync(subscription, Min(deadline - DateTime.UtcNow, TimeSpan.FromSeconds(1)), ct);
                submission = await db.Submissions.AsNoTracking().FirstAsync(s => s.Id == id, ct);
            }
        }
        return TypedResults.Ok(SubmissionView.From(submission));
    }

    private static async Task<Results<ServerSentEventsResult<object>, ProblemHttpResult>> Events(
        Guid id, AppDbContext db, SubmissionEvents events, CancellationToken ct)
    {
        var subscription = events.Subscribe(id);
        var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (submission is null)
        {
            subscription.Dispose();
            return Problem(StatusCodes.Status404NotFound, "Unknown submission", $"There is no submission {id}.");
        }
        return TypedResults.ServerSentEvents(Stream(subscription, submission, db, ct));
    }

    private static async IAsyncEnumerable<SseItem<object>> Stream(
        SubmissionEvents.Subscription subscription, Submission submission, AppDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        using var _ = subscription;
        yield return new SseItem<object>(new { status = submission.Status.ToString().ToLowerInvariant() }, "status");
        while (submission.Status != SubmissionStatus.Done)
        {
            var next = await ReadAsync(subscription, TimeSpan.FromSeconds(1), ct);
            switch (next)
            {
                case SubmissionStarted:
                    yield return new SseItem<object>(new { status = "running" }, "status");
                    break;
                case SubmissionProgress progress:
                    yield return new SseItem<object>(progress.Test, "test");
                    break;
                default:
                    // Finished here, or a quiet second: the database has the truth (another node may have judged it).
                    submission = await db.Submissions.AsNoTracking().FirstAsync(s => s.Id == submission.Id, ct);
                    break;
            }
        }
        yield return new SseItem<object>(SubmissionView.From(submission), "done");
    }

    private static async Task WaitForFinishAsync(SubmissionEvents.Subscription subscription, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await ReadAsync(subscription, deadline - DateTime.UtcNow, ct) is SubmissionFinished or null)
            {
                return;
            }
        }
    }

    private static async Task<SubmissionEvent?> ReadAsync(SubmissionEvents.Subscription subscription, TimeSpan timeout, CancellationToken ct)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        wait.CancelAfter(timeout);
        try
        {
            return await subscription.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return null;
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status);

    private static ProblemHttpResult TooMany(HttpContext http, TimeSpan retryAfter, string title, string detail)
    {
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problem(StatusCodes.Status429TooManyRequests, title, detail);
    }
}
