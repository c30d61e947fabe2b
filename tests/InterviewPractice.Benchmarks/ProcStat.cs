using System.Globalization;

namespace InterviewPractice.Benchmarks;

/// <summary>A process's CPU time and memory, and the machine's busy time, read from /proc (Linux).</summary>
internal static class ProcStat
{
    // /proc reports CPU times in USER_HZ, which the kernel fixes at 100 for user space on every architecture.
    private const double TicksPerSecond = 100;

    /// <summary>User plus system CPU time of <paramref name="pid"/> so far (fields utime and stime of /proc/PID/stat).</summary>
    public static TimeSpan Cpu(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
        // There, index 0 is field 3 (state), so utime (field 14) is index 11 and stime (15) index 12.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>A size line of /proc/PID/status (<c>VmRSS</c>, <c>VmHWM</c>) in MB; 0 when the process is gone.</summary>
    public static double StatusMb(int pid, string key)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith(key + ":", StringComparison.Ordinal))
                {
                    var kb = line[(key.Length + 1)..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) / 1024.0;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Exited between two samples.
        }
        return 0;
    }

    /// <summary>The machine's CPU time so far, busy and all, from the first line of /proc/stat.</summary>
    public static (TimeSpan Busy, TimeSpan Total) Machine()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal [guest guest_nice, already counted in user and nice]
        var total = fields.Take(8).Sum();
        var idle = fields[3] + fields[4];
        return (TimeSpan.FromSeconds((total - idle) / TicksPerSecond), TimeSpan.FromSeconds(total / TicksPerSecond));
    }
}

/// <summary>
/// CPU used over a window by a server, by this bench process and by the whole machine, in cores (1.0 = one core
/// busy for the whole window), so the split between load generator and server is visible.
/// </summary>
internal sealed class CpuWindow
{
    private readonly int _server;
    private readonly long _started = System.Diagnostics.Stopwatch.GetTimestamp();
    private readonly TimeSpan _serverCpu;
    private readonly TimeSpan _benchCpu;
    private readonly (TimeSpan Busy, TimeSpan Total) _machine;

    public CpuWindow(int server)
    {
        _server = server;
        _serverCpu = ProcStat.Cpu(server);
        _benchCpu = ProcStat.Cpu(Environment.ProcessId);
        _machine = ProcStat.Machine();
    }

    /// <summary>Cores used since the window opened: the server's, this process's, and the machine's (all processes).</summary>
    public (double Server, double Bench, double Machine) Close()
    {
        var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(_started).TotalSeconds;
        var machine = ProcStat.Machine();
        var busy = (machine.Busy - _machine.Busy).TotalSeconds;
        var total = (machine.Total - _machine.Total).TotalSeconds;
        return (
            (ProcStat.Cpu(_server) - _serverCpu).TotalSeconds / seconds,
            (ProcStat.Cpu(Environment.ProcessId) - _benchCpu).TotalSeconds / seconds,
            total > 0 ? busy / total * Environment.ProcessorCount : 0);
    }
}
