using System.Collections.Immutable;
using InterviewPractice.Problems.Loading;
using Microsoft.Extensions.Logging;

namespace InterviewPractice.Problems;

/// <summary>An immutable view of every loaded problem and set, swapped whole on reload.</summary>
public sealed record CatalogSnapshot(
    ImmutableSortedDictionary<string, Problem> Problems,
    ImmutableSortedDictionary<string, ProblemSet> Sets,
    ImmutableSortedDictionary<string, ImmutableArray<ProblemError>> Errors)
{
    public static CatalogSnapshot Empty { get; } = new(
        ImmutableSortedDictionary<string, Problem>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableSortedDictionary<string, ProblemSet>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableSortedDictionary<string, ImmutableArray<ProblemError>>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>Every error, ordered by file.</summary>
    public IEnumerable<ProblemError> AllErrors => Errors.Values.SelectMany(e => e);
}

/// <summary>
/// The problems being served. Readers take <see cref="Current"/> (lock-free); loads build a new snapshot and swap
/// it in. A problem that fails to reload keeps its last good version, so a half-written file never replaces it,
/// and a load that throws is logged and leaves the snapshot as it was: problem folders cannot stop the server.
/// </summary>
/// <param name="limits">File size limits; <see cref="ProblemFileLimits.Default"/> when null.</param>
public sealed partial class ProblemCatalog(string root, ILogger<ProblemCatalog> logger, ProblemFileLimits? limits = null)
{
    private readonly Lock _writeLock = new();
    private volatile CatalogSnapshot _current = CatalogSnapshot.Empty;
    private readonly ProblemFileLimits _limits = limits ?? ProblemFileLimits.Default;

    /// <summary>Loads one problem folder by slug; a test replaces it to inject a fault no folder on disk can cause.</summary>
    internal Func<string, ProblemLoadResult>? LoadFolder { get; init; }

    /// <summary>The problems folder.</summary>
    public string Root { get; } = root;

    /// <summary>The current snapshot.</summary>
    public CatalogSnapshot Current => _current;

    /// <summary>Raised after a reload changed the snapshot.</summary>
    public event Action<CatalogSnapshot>? Changed;

    /// <summary>
    /// Loads every folder (in parallel; the large hidden files dominate) and every set. A folder that fails keeps the
    /// version loaded before, if any: this also runs when the file watcher lost events, not only at start.
    /// </summary>
    public CatalogSnapshot LoadAll()
    {
        try
        {
            return LoadAllFolders();
        }
        catch (Exception e)
        {
            LogLoadAllFailed(Root, e);
            return _current;
        }
    }

    private CatalogSnapshot LoadAllFolders()
    {
        var folders = Directory.Exists(Root)
            ? Directory.EnumerateDirectories(Root).Select(Path.GetFileName).OfType<string>()
                .Where(n => n != ProblemSetReader.Folder && !n.StartsWith('.')).ToArray()
            : [];
        if (!Directory.Exists(Root))
        {
            LogMissingRoot(Root);
        }
        var results = folders.AsParallel().Select(Load).ToArray();
        lock (_writeLock)
        {
            var previous = _current.Problems;
            var problems = ImmutableSortedDictionary.CreateBuilder<string, Problem>(StringComparer.Ordinal);
            var errors = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<ProblemError>>(StringComparer.Ordinal);
            foreach (var result in results)
            {
                if (result.Problem is not null)
                {
                    problems[result.Slug] = result.Problem;
                }
                else
                {
                    errors[result.Slug] = result.Errors;
                    LogBroken(result.Slug, result.Errors.Length, string.Join(Environment.NewLine, result.Errors));
                    if (previous.TryGetValue(result.Slug, out var lastGood))
                    {
                        problems[result.Slug] = lastGood;
                        LogKeptPrevious(result.Slug);
                    }
                }
            }
            Publish(WithSets(new CatalogSnapshot(problems.ToImmutable(), CatalogSnapshot.Empty.Sets, errors.ToImmutable())));
            LogLoaded(_current.Problems.Count, _current.Sets.Count, _current.Errors.Count, Root);
            return _current;
        }
    }

    /// <summary>Reloads one folder (or only the sets when <paramref name="slug"/> is the sets folder).</summary>
    public void Reload(string slug)
    {
        try
        {
            ReloadFolder(slug);
        }
        catch (Exception e)
        {
            LogReloadFailed(slug, e);
        }
    }

    private void ReloadFolder(string slug)
    {
        var isSets = slug == ProblemSetReader.Folder;
        var result = isSets || !Directory.Exists(Path.Combine(Root, slug)) ? null : Load(slug);
        lock (_writeLock)
        {
            var snapshot = _current;
            if (!isSets && result is null)
            {
                snapshot = snapshot with { Problems = snapshot.Problems.Remove(slug), Errors = snapshot.Errors.Remove(slug) };
                LogRemoved(slug);
            }
            else if (result?.Problem is { } problem)
            {
                snapshot = snapshot with { Problems = snapshot.Problems.SetItem(slug, problem), Errors = snapshot.Errors.Remove(slug) };
                LogReloaded(slug);
            }
            else if (result is not null)
            {
                snapshot = snapshot with { Errors = snapshot.Errors.SetItem(slug, result.Errors) };
                LogBroken(slug, result.Errors.Length, string.Join(Environment.NewLine, result.Errors));
                if (snapshot.Problems.ContainsKey(slug))
                {
                    LogKeptPrevious(slug);
                }
            }
            // Sets are re-read on every reload: a problem that appeared or disappeared changes which sets are valid.
            Publish(WithSets(snapshot));
        }
    }

    private ProblemLoadResult Load(string slug)
    {
        try
        {
            return LoadFolder is { } load ? load(slug) : ProblemLoader.Load(Root, slug, _limits);
        }
        catch (Exception e)
        {
            // The loader reports what authors can fix as errors; an exception is a fault of the loader or the disk.
            LogLoadFailed(slug, e);
            return new ProblemLoadResult(slug, null, [new ProblemError(new SourceLocation(slug + "/"), $"the folder could not be loaded ({e.GetType().Name}: {e.Message}); see the server log")]);
        }
    }

    private CatalogSnapshot WithSets(CatalogSnapshot snapshot)
    {
        var setsDir = Path.Combine(Root, ProblemSetReader.Folder);
        var sets = ImmutableSortedDictionary.CreateBuilder<string, ProblemSet>(StringComparer.Ordinal);
        var errors = snapshot.Errors.RemoveRange(snapshot.Errors.Keys.Where(k => k.StartsWith(ProblemSetReader.Folder + "/", StringComparison.Ordinal)));
        // Links are refused in problem folders (see ProblemFiles); the sets folder follows the same rule.
        if (new DirectoryInfo(setsDir).LinkTarget is { } target)
        {
            var key = ProblemSetReader.Folder + "/";
            ImmutableArray<ProblemError> linkError = [new(new SourceLocation(key), $"a symbolic link (to {target}) is not allowed in the problems folder: copy the folder in instead")];
            LogBroken(key, 1, string.Join(Environment.NewLine, linkError));
            return snapshot with { Sets = sets.ToImmutable(), Errors = errors.SetItem(key, linkError) };
        }
        if (Directory.Exists(setsDir))
        {
            foreach (var path in Directory.EnumerateFiles(setsDir, "*.yaml").Order(StringComparer.Ordinal))
            {
                var (set, setErrors) = ProblemSetReader.Read(Root, path, snapshot.Problems.ContainsKey, _limits);
                if (set is not null)
                {
                    sets[set.Slug] = set;
                }
                else
                {
                    var key = $"{ProblemSetReader.Folder}/{Path.GetFileName(path)}";
                    errors = errors.SetItem(key, setErrors);
                    LogBroken(key, setErrors.Length, string.Join(Environment.NewLine, setErrors));
                }
            }
        }
        return snapshot with { Sets = sets.ToImmutable(), Errors = errors };
    }

    private void Publish(CatalogSnapshot snapshot)
    {
        _current = snapshot;
        // Each subscriber on its own: one that throws must neither undo the reload nor starve the others.
        foreach (var handler in Changed?.GetInvocationList().Cast<Action<CatalogSnapshot>>() ?? [])
        {
            try
            {
                handler(snapshot);
            }
            catch (Exception e)
            {
                LogSubscriberFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Problems} problems and {Sets} sets ({Broken} broken) from {Root}")]
    private partial void LogLoaded(int problems, int sets, int broken, string root);

    [LoggerMessage(Level = LogLevel.Error, Message = "Problem {Slug} has {Count} error(s) and is not served as written:\n{Errors}")]
    private partial void LogBroken(string slug, int count, string errors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Problem {Slug}: keeping the last good version until the errors are fixed")]
    private partial void LogKeptPrevious(string slug);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reloaded problem {Slug}")]
    private partial void LogReloaded(string slug);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed problem {Slug}: its folder is gone")]
    private partial void LogRemoved(string slug);

    [LoggerMessage(Level = LogLevel.Error, Message = "Loading problem {Slug} threw; it is reported as broken and its last good version, if any, is kept")]
    private partial void LogLoadFailed(string slug, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading {Slug} failed; the catalog is unchanged")]
    private partial void LogReloadFailed(string slug, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Loading the problems folder {Root} failed; the catalog is unchanged")]
    private partial void LogLoadAllFailed(string root, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A subscriber to catalog changes threw; the new catalog is served regardless")]
    private partial void LogSubscriberFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The problems folder {Root} does not exist; serving no problems")]
    private partial void LogMissingRoot(string root);
}
