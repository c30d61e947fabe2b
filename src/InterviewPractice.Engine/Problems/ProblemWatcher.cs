using System.Threading.Channels;
using InterviewPractice.Problems.Loading;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Problems;

/// <summary>
/// Reloads a problem folder when its files change. Events are debounced per folder: editors save in several
/// steps (truncate, write, rename), and a folder is read only once it has been quiet for the reload delay.
/// Nothing a problem folder does ends the loop: a reload that throws is logged and the next change is still read,
/// because a background service that faults stops the whole host.
/// </summary>
public sealed partial class ProblemWatcher(ProblemCatalog catalog, IOptions<ProblemsOptions> options, TimeProvider clock, ILogger<ProblemWatcher> logger) : BackgroundService
{
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Watch || !Directory.Exists(catalog.Root))
        {
            return;
        }
        using var watcher = Start();
        if (watcher is null)
        {
            return;
        }
        try
        {
            await WatchAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private FileSystemWatcher? Start()
    {
        FileSystemWatcher? watcher = null;
        try
        {
            watcher = new FileSystemWatcher(catalog.Root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Queue(e.FullPath);
            watcher.Created += (_, e) => Queue(e.FullPath);
            watcher.Deleted += (_, e) => Queue(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Queue(e.OldFullPath);
                Queue(e.FullPath);
            };
            // Lost events (buffer overflow) leave no way to know what changed: reload everything.
            watcher.Error += (_, e) =>
            {
                LogWatcherError(e.GetException());
                _changes.Writer.TryWrite("*");
            };
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Typically the inotify limits of a shared machine, or the folder gone since it was checked: serving
            // without reloads beats not serving.
            LogWatchUnavailable(catalog.Root, e);
            watcher?.Dispose();
            return null;
        }
    }

    private async Task WatchAsync(CancellationToken stoppingToken)
    {
        var pending = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var delay = options.Value.ReloadDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (pending.Count == 0)
            {
                await _changes.Reader.WaitToReadAsync(stoppingToken);
            }
            else
            {
                var due = pending.Values.Min() - clock.GetUtcNow();
                if (due > TimeSpan.Zero)
                {
                    using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    wait.CancelAfter(due);
                    try
                    {
                        await _changes.Reader.WaitToReadAsync(wait.Token);
                    }
                    catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                    {
                    }
                }
            }
            while (_changes.Reader.TryRead(out var slug))
            {
                pending[slug] = clock.GetUtcNow() + delay;
            }
            foreach (var slug in pending.Where(p => p.Value <= clock.GetUtcNow()).Select(p => p.Key).ToList())
            {
                pending.Remove(slug);
                Reload(slug);
            }
        }
    }

    private void Reload(string slug)
    {
        // The catalog catches its own faults; this is the last fence for the loop, not the place errors are handled.
        try
        {
            if (slug == "*")
            {
                catalog.LoadAll();
            }
            else
            {
                catalog.Reload(slug);
            }
        }
        catch (Exception e)
        {
            LogReloadFailed(slug, e);
        }
    }

    private void Queue(string fullPath)
    {
        var relative = Path.GetRelativePath(catalog.Root, fullPath);
        var top = relative.Split(Path.DirectorySeparatorChar)[0];
        if (top is "." or ".." || top.StartsWith('.'))
        {
            return;
        }
        // A file directly in the root is not a problem; only folders are.
        if (top == relative && File.Exists(fullPath))
        {
            return;
        }
        _changes.Writer.TryWrite(top == ProblemSetReader.Folder ? ProblemSetReader.Folder : top);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The problems file watcher reported an error; reloading every problem")]
    private partial void LogWatcherError(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Cannot watch {Root} for changes; problems are served but not reloaded until a restart")]
    private partial void LogWatchUnavailable(string root, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading {Slug} failed; the last good problems are still served")]
    private partial void LogReloadFailed(string slug, Exception exception);
}
