using System.Globalization;

namespace InterviewPractice.Judging.Sandbox;

/// <summary>
/// Reads a container's CPU time and peak memory from the host's cgroup files: the kernel's own accounting,
/// outside anything the submission can touch. Returns null where the files are not visible (the judge itself
/// in a container, an unknown cgroup layout); times then fall back to wall clock.
/// </summary>
public sealed class CgroupStats
{
    private readonly string? _cpuUsage;      // nanoseconds (v1) or usage_usec in cpu.stat (v2)
    private readonly string? _memoryPeak;    // bytes
    private readonly string? _memoryFailures;
    private readonly string? _memoryCurrent;  // bytes
    private readonly bool _v2;

    private CgroupStats(string? cpuUsage, string? memoryPeak, string? memoryFailures, string? memoryCurrent, bool v2)
    {
        _cpuUsage = cpuUsage;
        _memoryPeak = memoryPeak;
        _memoryFailures = memoryFailures;
        _memoryCurrent = memoryCurrent;
        _v2 = v2;
    }

    /// <summary>Finds the cgroup files of container <paramref name="id"/> (cgroupfs or systemd driver, v1 or v2).</summary>
    public static CgroupStats For(string id, string root = "/sys/fs/cgroup")
    {
        string[] v1Cpu = [$"{root}/cpuacct/docker/{id}/cpuacct.usage", $"{root}/cpu,cpuacct/docker/{id}/cpuacct.usage", $"{root}/cpuacct/system.slice/docker-{id}.scope/cpuacct.usage"];
        string[] v1Mem = [$"{root}/memory/docker/{id}", $"{root}/memory/system.slice/docker-{id}.scope"];
        var cpu = v1Cpu.FirstOrDefault(File.Exists);
        var mem = v1Mem.FirstOrDefault(Directory.Exists);
        if (cpu is not null || mem is not null)
        {
            return new CgroupStats(cpu, mem is null ? null : $"{mem}/memory.max_usage_in_bytes", mem is null ? null : $"{mem}/memory.failcnt",
                mem is null ? null : $"{mem}/memory.usage_in_bytes", v2: false);
        }
        string[] v2Dirs = [$"{root}/system.slice/docker-{id}.scope", $"{root}/docker/{id}"];
        var dir = v2Dirs.FirstOrDefault(Directory.Exists);
        return dir is null
            ? new CgroupStats(null, null, null, null, v2: true)
            : new CgroupStats($"{dir}/cpu.stat", File.Exists($"{dir}/memory.peak") ? $"{dir}/memory.peak" : null, $"{dir}/memory.events", $"{dir}/memory.current", v2: true);
    }

    /// <summary>True when CPU time can be read.</summary>
    public bool HasCpu => _cpuUsage is not null;

    /// <summary>CPU time used by every process of the container so far.</summary>
    public TimeSpan? CpuTime()
    {
        var text = Read(_cpuUsage);
        if (text is null)
        {
            return null;
        }
        if (!_v2)
        {
            return long.TryParse(text.Trim(), CultureInfo.InvariantCulture, out var ns) ? TimeSpan.FromTicks(ns / 100) : null;
        }
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith("usage_usec ", StringComparison.Ordinal));
        return line is not null && long.TryParse(line[11..], CultureInfo.InvariantCulture, out var us) ? TimeSpan.FromMicroseconds(us) : null;
    }

    /// <summary>The container's peak memory in bytes since start or the last <see cref="ResetPeak"/>.</summary>
    public long? PeakMemory() =>
        long.TryParse(Read(_memoryPeak)?.Trim(), CultureInfo.InvariantCulture, out var bytes) ? bytes : null;

    /// <summary>The container's memory in use now, in bytes.</summary>
    public long? CurrentMemory() =>
        long.TryParse(Read(_memoryCurrent)?.Trim(), CultureInfo.InvariantCulture, out var bytes) ? bytes : null;

    /// <summary>Resets the peak so the next reading is one test's peak (cgroup v1 allows it; v2 does not).</summary>
    public void ResetPeak()
    {
        if (!_v2 && _memoryPeak is not null)
        {
            try
            {
                File.WriteAllText(_memoryPeak, "0");
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>True when the container hit its memory limit at least once (allocation refused or OOM kill).</summary>
    public bool HitMemoryLimit()
    {
        var text = Read(_memoryFailures);
        if (text is null)
        {
            return false;
        }
        if (!_v2)
        {
            return long.TryParse(text.Trim(), CultureInfo.InvariantCulture, out var count) && count > 0;
        }
        return text.Split('\n').Any(l => (l.StartsWith("max ", StringComparison.Ordinal) || l.StartsWith("oom_kill ", StringComparison.Ordinal)) && !l.EndsWith(" 0", StringComparison.Ordinal));
    }

    private static string? Read(string? path)
    {
        if (path is null)
        {
            return null;
        }
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
