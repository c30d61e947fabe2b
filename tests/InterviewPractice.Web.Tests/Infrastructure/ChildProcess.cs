using System.Diagnostics;

namespace InterviewPractice.Web.Tests.Infrastructure;

/// <summary>Child processes the tests run to their end: the web app's own commands, docker, shell scripts.</summary>
public static class ChildProcess
{
    /// <summary>Runs <paramref name="file"/> with <paramref name="args"/> to its end (bounded); its exit code and what it printed.</summary>
    public static async Task<(int Exit, string Output, string Errors)> RunAsync(string file, IEnumerable<string> args, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await output, await errors);
    }

    /// <summary>The web app's own commands (<c>db migrate</c>, <c>user add</c>), run as the scripts run them: a process of its own.</summary>
    public static Task<(int Exit, string Output, string Errors)> WebAsync(params string[] args) =>
        RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "InterviewPractice.Web.dll"), .. args], Path.GetTempPath());
}
