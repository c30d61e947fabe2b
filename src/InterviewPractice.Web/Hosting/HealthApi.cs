using InterviewPractice.Judging;
using InterviewPractice.Judging.Sandbox;
using InterviewPractice.Problems;
using InterviewPractice.Web.Submissions;

namespace InterviewPractice.Web.Hosting;

/// <summary>The liveness and content health of the server.</summary>
public static partial class HealthApi
{
    /// <param name="Status">"ok", or "degraded" while this node's judge cannot run submissions or limps, or events of other nodes do not arrive.</param>
    /// <param name="Role">What this node runs: all, web or judge.</param>
    /// <param name="Queue">Submissions waiting and being judged over all nodes (the database is shared); null when the database does not answer.</param>
    /// <param name="Consoles">This node's console sessions; null where no console runs (role web).</param>
    public sealed record Health(string Status, string Role, int Problems, int Sets, int BrokenProblems, JudgeHealth Judge, QueueHealth? Queue, EventsHealth Events, ConsolesHealth? Consoles);

    /// <summary>Console sessions open on this node, and started consoles waiting for one, per language.</summary>
    public sealed record ConsolesHealth(int Open, IReadOnlyDictionary<string, int> Spares);

    /// <summary>Whether submissions can be judged on this node now, what is wrong, and how many warm runners wait per language.</summary>
    /// <param name="Present">False on a web node: judge nodes on the same database judge its submissions.</param>
    /// <param name="Faults">Each part below its target (workers, runners per language, compilers) and why.</param>
    public sealed record JudgeHealth(
        bool Present,
        bool Ready,
        string? Problem,
        IReadOnlyDictionary<string, string> Faults,
        IReadOnlyDictionary<string, int> WarmRunners,
        IReadOnlyDictionary<string, int> WarmTarget);

    public sealed record QueueHealth(int Queued, int Running);

    /// <param name="Transport">"in-process" (events reach this node only) or "redis".</param>
    /// <param name="Problem">Why events of other nodes do not arrive now; null when they do.</param>
    public sealed record EventsHealth(string Transport, string? Problem);

    private static readonly JudgeHealth NoJudge = new(false, false, "No judge on this node (Role web): judge nodes on the same database judge its submissions.",
        new Dictionary<string, string>(), new Dictionary<string, int>(), new Dictionary<string, int>());

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        // Broken content does not make the server unhealthy: it serves everything else. It is reported. A judge
        // that cannot judge, or limps, makes it "degraded", with the reason, until it recovers; so does Redis
        // being down, since waiters then hear of other nodes' submissions late.
        app.MapGet("/health", async (HttpContext http, ProblemCatalog catalog, NodeRole role, SubmissionQueue queue, ISubmissionNotifier notifier, ILoggerFactory logs, CancellationToken ct) =>
        {
            var snapshot = catalog.Current;
            var judge = Judge(http.RequestServices);
            var events = new EventsHealth(notifier is SubmissionEvents ? "in-process" : "redis", notifier.Problem);
            var degraded = (judge.Present && (!judge.Ready || judge.Faults.Count > 0)) || events.Problem is not null;
            return TypedResults.Ok(new Health(degraded ? "degraded" : "ok", role.Name,
                snapshot.Problems.Count, snapshot.Sets.Count, snapshot.Errors.Count, judge,
                await QueueAsync(queue, logs.CreateLogger(typeof(HealthApi)), ct), events,
                http.RequestServices.GetService<InterviewPractice.Consoles.ConsoleSessions>() is { } consoles
                    ? new ConsolesHealth(consoles.Count, Languages.All.ToDictionary(l => l.Id(), consoles.Spares))
                    : null));
        }).WithTags("Health").WithSummary("Whether the server is up and judging, what limps and why, and how much content it serves.");
        return app;
    }

    // Resolved only if registered: a web node has no judge, and so nothing that could reach the Docker socket.
    private static JudgeHealth Judge(IServiceProvider services)
    {
        if (services.GetService<JudgeStatus>() is not { } judge || services.GetService<SandboxPool>() is not { } pool)
        {
            return NoJudge;
        }
        var warm = Languages.All.ToDictionary(l => l.Id(), pool.IdleCount);
        var target = Languages.All.ToDictionary(l => l.Id(), pool.Target);
        var faults = new SortedDictionary<string, string>(judge.Faults.ToDictionary());
        return new JudgeHealth(true, judge.Ready, judge.Problem, faults, warm, target);
    }

    private static async Task<QueueHealth?> QueueAsync(SubmissionQueue queue, ILogger logger, CancellationToken ct)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            var (queued, running) = await queue.DepthAsync(bounded.Token);
            return new QueueHealth(queued, running);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            LogQueueUnreadable(logger, e.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "/health could not read the queue: {Error}")]
    private static partial void LogQueueUnreadable(ILogger logger, string error);
}
