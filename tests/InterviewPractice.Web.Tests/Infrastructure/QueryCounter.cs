using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Infrastructure;

/// <summary>
/// Sees every query the app sends, so tests can count them and await them (never poll); can fail chosen
/// queries, to inject a database fault.
/// </summary>
public sealed class QueryCounter : DbCommandInterceptor
{
    private readonly Lock _gate = new();
    private readonly List<string> _commands = [];
    private readonly List<(Func<string, bool> Match, int Count, TaskCompletionSource Done)> _waiters = [];
    private (Func<string, bool> Match, int Times)? _fault;

    /// <summary>Adds the counter to the app's database context.</summary>
    public void AddTo(IServiceCollection services)
    {
        // Options belong to the provider's context type, which the app registers as AppDbContext.
        services.ConfigureDbContext<InterviewPractice.Web.Data.SqliteAppDbContext>(o => o.AddInterceptors(this));
        services.ConfigureDbContext<InterviewPractice.Web.Data.PostgresAppDbContext>(o => o.AddInterceptors(this));
    }

    public int Count(Func<string, bool> match)
    {
        lock (_gate)
        {
            return _commands.Count(match);
        }
    }

    /// <summary>Completes once <paramref name="count"/> queries matching have run.</summary>
    public Task WhenCountAsync(Func<string, bool> match, int count)
    {
        lock (_gate)
        {
            if (_commands.Count(match) >= count)
            {
                return Task.CompletedTask;
            }
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, count, done));
            return done.Task;
        }
    }

    /// <summary>The next <paramref name="times"/> queries matching fail as if the database were down.</summary>
    public void Fail(Func<string, bool> match, int times)
    {
        lock (_gate)
        {
            _fault = (match, times);
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_fault is { } fault && fault.Match(command.CommandText))
            {
                _fault = fault.Times > 1 ? (fault.Match, fault.Times - 1) : null;
                throw new InvalidOperationException("Injected database fault.");
            }
        }
        return ValueTask.FromResult(result);
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Record(command.CommandText);
        return result;
    }

    private void Record(string text)
    {
        lock (_gate)
        {
            _commands.Add(text);
            foreach (var waiter in _waiters.Where(w => _commands.Count(w.Match) >= w.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }
    }
}
