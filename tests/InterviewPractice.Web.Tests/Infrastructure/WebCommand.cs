using System.Diagnostics;

namespace InterviewPractice.Web.Tests.Infrastructure;

/// <summary>The web app's own commands (<c>db migrate</c>, <c>user add</c>), run as the scripts run them: a process of its own.</summary>
public static class WebCommand
{
    /// <summary>Runs <c>InterviewPractice.Web.dll ARGS</c> to its end (bounded); its exit code and what it printed.</summary>
    public static async Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "InterviewPractice.Web.dll"));
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
}
