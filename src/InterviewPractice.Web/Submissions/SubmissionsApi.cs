using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Judging;
using InterviewPractice.Problems;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Hosting;
using InterviewPractice.Web.Telemetry;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using static InterviewPractice.Web.Submissions.SubmissionProblems;

namespace InterviewPractice.Web.Submissions;

/// <summary>What submitting needs.</summary>
internal sealed record SubmitServices(
    HttpContext Http, ProblemCatalog Catalog, AppDbContext Db, SubmissionQueue Queue, ISubmissionNotifier Notifier,
    IOptions<SubmissionsOptions> Options, TimeProvider Clock);

/// <summary>Submitting code and following its verdict.</summary>
public static class SubmissionsApi
{
    private const string SubmitLimit = "submissions";
    private const string ReadLimit = "submission-reads";

    /// <summary>
    /// The queue, the submission events and the limits every role needs; events cross nodes through Redis
    /// when <c>Redis:Configuration</c> is set. The workers that judge are <see cref="AddJudgeWorkers"/>.
    /// </summary>
    public static IServiceCollection AddSubmissions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SubmissionsOptions>().BindConfiguration(SubmissionsOptions.Section)
            .Validate(o => o.MaxCodeBytes > 0 && o.MaxQueued > 0 && o.PerClientPerMinute > 0, "Submissions limits must be positive")
            .Validate(o => o.MaxQueuedPerClient > 0 && o.MaxRunningPerClient > 0 && o.ReadsPerClientPerMinute > 0 && o.MaxWaitersPerClient > 0,
                "Submissions per-client limits (MaxQueuedPerClient, MaxRunningPerClient, ReadsPerClientPerMinute, MaxWaitersPerClient) must be positive")
            .Validate(o => o.MaxResultBytes >= 64 * 1024, "Submissions:MaxResultBytes must be at least 65536 (64 KiB)")
            .Validate(o => o.PollInterval > TimeSpan.Zero, "Submissions:PollInterval must be positive")
            .Validate(o => o.Lease >= TimeSpan.FromSeconds(3), "Submissions:Lease must be at least 3 seconds")
            .ValidateOnStart();
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.Section)
            .Validate(o => string.IsNullOrWhiteSpace(o.Configuration) || IsRedisConfiguration(o.Configuration),
                "Redis:Configuration is not a StackExchange.Redis configuration string; use HOST:PORT (e.g. 127.0.0.1:6379), or leave it empty for one process")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Channel), "Redis:Channel cannot be empty")
            .Validate(o => o.SafetyNetInterval > TimeSpan.Zero, "Redis:SafetyNetInterval must be positive")
            .ValidateOnStart();
        services.AddSingleton<SubmissionEvents>();
        if (string.IsNullOrWhiteSpace(configuration[$"{RedisOptions.Section}:{nameof(RedisOptions.Configuration)}"]))
        {
            services.AddSingleton<ISubmissionNotifier>(sp => sp.GetRequiredService<SubmissionEvents>());
        }
        else
        {
            services.AddSingleton<RedisSubmissionNotifier>();
            services.AddSingleton<ISubmissionNotifier>(sp => sp.GetRequiredService<RedisSubmissionNotifier>());
            services.AddHostedService(sp => sp.GetRequiredService<RedisSubmissionNotifier>());
        }
        services.AddSingleton<SubmissionQueue>();
        services.TryAddSingleton<SubmissionMetrics>();
        services.AddSingleton<ClientWaiters>();
        services.AddHostedService<SubmissionWatcher>();
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(SubmitLimit, new PerClientRateLimit(
                o => o.PerClientPerMinute, "Too many submissions", "This client has sent too many submissions in the last minute. Wait for Retry-After seconds."));
            limiter.AddPolicy(ReadLimit, new PerClientRateLimit(
                o => o.ReadsPerClientPerMinute, "Too many reads", "This client has read submissions too often in the last minute. Use ?wait= or the events stream instead of polling."));
        });
        return services;
    }

    /// <summary>The workers that claim submissions from the queue and judge them: judge nodes only (they need <c>AddJudge</c>).</summary>
    public static IServiceCollection AddJudgeWorkers(this IServiceCollection services) => services.AddHostedService<JudgeWorker>();

    private static bool IsRedisConfiguration(string configuration)
    {
        try
        {
            return StackExchange.Redis.ConfigurationOptions.Parse(configuration).EndPoints.Count > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static IEndpointRouteBuilder MapSubmissions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/submissions").WithTags("Submissions");
        group.MapPost("/", Create).RequireRateLimiting(SubmitLimit)
            .WithSummary("Queues code to be judged: run (samples and custom inputs) or submit (hidden tests).");
        group.MapGet("/{id:guid}", SubmissionReads.Get).RequireRateLimiting(ReadLimit)
            .WithSummary("A submission's status and verdict; ?wait=N holds the answer up to N seconds for the verdict.");
        group.MapGet("/{id:guid}/events", SubmissionReads.Events).RequireRateLimiting(ReadLimit)
            .WithSummary("Server-sent events: status, each test as it finishes, then the whole result.");
        return app;
    }

    private static async Task<Results<Accepted<SubmissionAccepted>, ProblemHttpResult>> Create(
        SubmissionRequest request, [AsParameters] SubmitServices s, CancellationToken ct)
    {
        var limits = s.Options.Value;
        if (string.IsNullOrWhiteSpace(request.Problem) || !s.Catalog.Current.Problems.TryGetValue(request.Problem, out var problem))
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
        var client = ClientKey.Of(s.Http);
        var (queued, queuedOfClient) = await s.Queue.CountQueuedAsync(client, ct);
        if (queued >= limits.MaxQueued)
        {
            return TooMany(s.Http, TimeSpan.FromSeconds(Math.Clamp(queued / 10, 5, 120)), "The judge is busy", $"{queued} submissions are waiting. Try again shortly.");
        }
        if (queuedOfClient >= limits.MaxQueuedPerClient)
        {
            return TooMany(s.Http, TimeSpan.FromSeconds(10), "Too many queued submissions",
                $"This client already has {queuedOfClient} submissions waiting to be judged (at most {limits.MaxQueuedPerClient}). Wait for their verdicts, then submit again.");
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
            ClientId = client,
            CreatedAt = s.Clock.GetUtcNow().UtcDateTime,
            TraceParent = SubmissionTracing.CurrentTraceParent(),
        };
        s.Db.Submissions.Add(submission);
        // Stored (committed) before 202: a restart after this point still judges it.
        await s.Db.SaveChangesAsync(ct);
        s.Notifier.Publish(new SubmissionQueued(submission.Id));
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
}
