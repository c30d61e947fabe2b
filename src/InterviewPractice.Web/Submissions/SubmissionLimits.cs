using System.Globalization;
using System.Threading.RateLimiting;
using InterviewPractice.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Submissions;

/// <summary>A fixed-window limit per client (<see cref="ClientKey"/>) per minute, answering 429 with what to do.</summary>
internal sealed class PerClientRateLimit(Func<SubmissionsOptions, int> perMinute, string title, string detail) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, _) =>
    {
        var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(10);
        return new ValueTask(SubmissionProblems.TooMany(context.HttpContext, retry, title, detail).ExecuteAsync(context.HttpContext));
    };

    public RateLimitPartition<string> GetPartition(HttpContext http)
    {
        var permits = perMinute(http.RequestServices.GetRequiredService<IOptions<SubmissionsOptions>>().Value);
        return RateLimitPartition.GetFixedWindowLimiter(
            ClientKey.Of(http),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }
}

/// <summary>Counts each client's open long polls and event streams, so one client cannot hold unbounded many.</summary>
public sealed class ClientWaiters(IOptions<SubmissionsOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _open = [];

    /// <summary>A slot to dispose when the wait ends, or null when the client already holds its limit.</summary>
    public IDisposable? TryEnter(string client)
    {
        lock (_gate)
        {
            var open = _open.GetValueOrDefault(client);
            if (open >= options.Value.MaxWaitersPerClient)
            {
                return null;
            }
            _open[client] = open + 1;
        }
        return new Slot(this, client);
    }

    private void Leave(string client)
    {
        lock (_gate)
        {
            if (--_open[client] == 0)
            {
                _open.Remove(client);
            }
        }
    }

    private sealed class Slot(ClientWaiters owner, string client) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Leave(client);
            }
        }
    }
}

/// <summary>The submissions feature's ProblemDetails.</summary>
internal static class SubmissionProblems
{
    public static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status);

    public static ProblemHttpResult TooMany(HttpContext http, TimeSpan retryAfter, string title, string detail)
    {
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Problem(StatusCodes.Status429TooManyRequests, title, detail);
    }

    public static ProblemHttpResult TooManyWaiters(HttpContext http, int limit) => TooMany(
        http, TimeSpan.FromSeconds(5), "Too many open waits",
        $"This client already holds {limit} long polls or event streams open. Close some (one stream per submission is enough), or read without ?wait.");
}
