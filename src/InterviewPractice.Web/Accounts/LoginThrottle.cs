using System.Threading.RateLimiting;
using InterviewPractice.Web.Hosting;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Accounts;

/// <summary>
/// Log-in attempts per client address, a fixed window of a minute: password guessing from one place is slowed
/// before the account lockout (which stops guessing at one account) is even reached.
/// </summary>
public sealed class LoginThrottle(IOptions<AccountsOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.LoginsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Takes one attempt for the request's client; false when it has used up this minute's.</summary>
    public bool TryAttempt(HttpContext http)
    {
        using var lease = _limiter.AttemptAcquire(ClientKey.Of(http));
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
