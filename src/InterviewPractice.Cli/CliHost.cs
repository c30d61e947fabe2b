using InterviewPractice.Judging;
using InterviewPractice.Problems;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InterviewPractice.Cli;

/// <summary>The judge and catalog, hosted for one command-line run.</summary>
internal static class CliHost
{
    /// <summary>Starts a host with the catalog at <paramref name="problemsPath"/> and, if asked, the judge, ready to use.</summary>
    public static async Task<IHost> StartAsync(string problemsPath, bool judge, CancellationToken ct)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Problems:Path"] = Path.GetFullPath(problemsPath);
        builder.Configuration["Problems:Watch"] = "false";
        // Its own node id: the command sweeps only its own containers, never a running server's.
        builder.Configuration["Judge:NodeId"] = $"cli-{Environment.ProcessId}";
        builder.Configuration["Judge:WarmPerLanguage"] ??= "1";
        builder.Configuration["Judge:MaxWarmPerLanguage"] ??= "2";
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddProblems();
        if (judge)
        {
            builder.Services.AddJudge();
        }
        var host = builder.Build();
        await host.StartAsync(ct);
        if (judge)
        {
            var status = host.Services.GetRequiredService<JudgeStatus>();
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!status.Ready)
            {
                if (waited.Elapsed > TimeSpan.FromSeconds(20))
                {
                    throw new InvalidOperationException(status.Problem);
                }
                await Task.Delay(50, ct);
            }
        }
        return host;
    }
}
