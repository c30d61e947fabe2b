using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Judging;

/// <summary>
/// C# compile time per client over the last minute. Compilers are few and a compile bomb holds one for the whole
/// compile timeout, so one client sending them could keep everyone else's C# waiting; past its budget a client's
/// next compiles are refused (a CompilationError that says when to try again) until the minute rolls on.
/// </summary>
public sealed class CompileBudget(IOptions<JudgeOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Queue<(DateTimeOffset At, TimeSpan Used)>> _used = new();

    /// <summary>Null when <paramref name="client"/> may compile now, else how long until it may.</summary>
    public TimeSpan? RetryAfter(string client)
    {
        var uses = _used.GetOrAdd(client, _ => new());
        lock (uses)
        {
            var now = clock.GetUtcNow();
            while (uses.Count > 0 && now - uses.Peek().At > Window)
            {
                uses.Dequeue();
            }
            var total = uses.Aggregate(TimeSpan.Zero, (sum, u) => sum + u.Used);
            if (total < options.Value.CompileBudgetPerMinute)
            {
                return null;
            }
            return uses.Peek().At + Window - now;
        }
    }

    /// <summary>Records a compile of <paramref name="used"/> wall time for <paramref name="client"/>.</summary>
    public void Spend(string client, TimeSpan used)
    {
        var uses = _used.GetOrAdd(client, _ => new());
        lock (uses)
        {
            uses.Enqueue((clock.GetUtcNow(), used));
        }
    }
}
