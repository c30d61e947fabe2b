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
        services.AddSingleton<SubmissionIntake>();
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
        app.MapGet("/api/me/submissions", Mine).RequireAuthorization().RequireRateLimiting(ReadLimit).WithTags("Submissions")
            .WithSummary("Your submissions to ?problem= (signed in), newest first, with their code and verdicts; at most ?take= (default 20, most 100).");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<PastSubmission>>> Mine(string problem, int? take, HttpContext http, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await Progress.MineAsync(db, Accounts.AccountsSetup.UserId(http.User)!, problem, Math.Clamp(take ?? 20, 1, 100), ct));

    private static async Task<Results<Accepted<SubmissionAccepted>, ProblemHttpResult>> Create(
        SubmissionRequest request, HttpContext http, AppDbContext db, SubmissionIntake intake, CancellationToken ct)
    {
        var (submission, refusal) = await intake.EnqueueAsync(request, ClientKey.Of(http), db, ct, Accounts.AccountsSetup.UserId(http.User));
        if (submission is null)
        {
            return refusal!.RetryAfter is { } after
                ? TooMany(http, after, refusal.Title, refusal.Detail)
                : Problem(refusal.Status, refusal.Title, refusal.Detail);
        }
        var url = $"/api/submissions/{submission.Id}";
        return TypedResults.Accepted(url, new SubmissionAccepted(submission.Id, "queued", url, url + "/events"));
    }
}
