using System.Collections.Concurrent;

namespace InterviewPractice.Judging;

/// <summary>
/// Whether the judge can run submissions now, and what is wrong with it when it can only limp: the engine
/// (checked continuously by <see cref="JudgeHost"/>), and faults that the parts which keep the judge going (workers,
/// warm pools, compilers, the reaper) report while they recover from them.
/// </summary>
public sealed class JudgeStatus
{
    private readonly ConcurrentDictionary<string, string> _faults = new();
    private volatile string? _problem = "starting";
    private int _epoch;

    /// <summary>True once the engine answered, the image exists and leftovers were swept, and while the engine answers.</summary>
    public bool Ready => _problem is null;

    /// <summary>What stops the judge, in words an operator can act on; null when ready.</summary>
    public string? Problem => _problem;

    /// <summary>
    /// Counts the engine's outages: a judging that saw it change (or that fails while the engine is down) failed
    /// because of the platform, whatever its container did.
    /// </summary>
    public int Epoch => Volatile.Read(ref _epoch);

    /// <summary>What works below its target now, by part, in words an operator can act on.</summary>
    public IReadOnlyDictionary<string, string> Faults => _faults;

    /// <summary>"ok", or "degraded" while the judge is not ready or any part reports a fault.</summary>
    public string Health => Ready && _faults.IsEmpty ? "ok" : "degraded";

    /// <summary>Raised after <see cref="Ready"/>, <see cref="Problem"/> or <see cref="Faults"/> changed.</summary>
    public event Action? Changed;

    internal void Set(string? problem)
    {
        var before = _problem;
        if (problem is not null && before is null)
        {
            Interlocked.Increment(ref _epoch);
        }
        _problem = problem;
        if (before != problem)
        {
            Changed?.Invoke();
        }
    }

    /// <summary>
    /// Reports that a call to the engine found it unreachable: the judge is not ready at once (workers stop claiming,
    /// judgings under way count as the platform's failures) until the engine check finds it answering again.
    /// </summary>
    public void EngineUnreachable(string reason) => Set($"The Docker engine does not answer ({reason}). Start it (./interview setup docker).");

    /// <summary>Reports that <paramref name="part"/> is below target, and why.</summary>
    public void Fault(string part, string reason)
    {
        if (!_faults.TryGetValue(part, out var before) || before != reason)
        {
            _faults[part] = reason;
            Changed?.Invoke();
        }
    }

    /// <summary>Reports that <paramref name="part"/> has recovered.</summary>
    public void Recovered(string part)
    {
        if (_faults.TryRemove(part, out _))
        {
            Changed?.Invoke();
        }
    }
}
