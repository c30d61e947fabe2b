using System.Collections.Concurrent;
using System.Text.Json;
using InterviewPractice.Consoles;
using InterviewPractice.Problems;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Rooms;

/// <summary>
/// One console per room, shared: whoever may edit evaluates snippets in it, in the room's language, and everyone
/// in the room receives each snippet as it starts (ConsoleInput) and what it gave (ConsoleOutput); both are in the
/// room's log, so the replay has them. The session belongs to the room (its own client for the caps), is opened on
/// the first snippet, replaced when the language changes, closed when the last participant connected to this node
/// leaves, and reaped when idle like any other. It lives on the node that served the first snippet (consoles run
/// where the sandbox is: role all).
/// </summary>
public sealed class RoomConsoles(IServiceProvider services, RoomService rooms)
{
    private readonly ConsoleSessions? _consoles = services.GetService<ConsoleSessions>();
    private readonly ConcurrentDictionary<Guid, ConsoleSession> _sessions = new();
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _gates = new();
    private readonly ConcurrentDictionary<Guid, HashSet<string>> _present = new();

    /// <summary>A connection joined the room on this node.</summary>
    public void Joined(Guid room, string connection)
    {
        var present = _present.GetOrAdd(room, _ => []);
        lock (present)
        {
            present.Add(connection);
        }
    }

    /// <summary>A connection left: the last one to leave the room on this node closes its console.</summary>
    public void Left(Guid room, string connection)
    {
        if (!_present.TryGetValue(room, out var present))
        {
            return;
        }
        lock (present)
        {
            present.Remove(connection);
            if (present.Count > 0)
            {
                return;
            }
            _present.TryRemove(room, out _);
        }
        if (_sessions.TryRemove(room, out var session))
        {
            _consoles?.Close(session, "everyone left the room");
        }
    }

    /// <summary>This node runs consoles.</summary>
    public bool Available => _consoles is not null;

    /// <summary>The longest snippet.</summary>
    public int MaxCodeLength => services.GetRequiredService<IOptions<ConsoleOptions>>().Value.MaxCodeLength;

    /// <summary>
    /// Logs the snippet and hands its entry to <paramref name="announce"/> (before it runs), evaluates it in the
    /// room's console and logs what it gave: that entry. Not cancellable: once announced, the room sees its end
    /// (bounded by the console's evaluation timeout), whoever leaves meanwhile.
    /// </summary>
    public async Task<RoomEventView> EvaluateAsync(Seat seat, string code, Func<RoomEventView, Task> announce)
    {
        var consoles = _consoles ?? throw new InvalidOperationException("This node runs no consoles.");
        var language = await rooms.LanguageAsync(seat.Room, CancellationToken.None);
        if (!Languages.TryParse(language, out var parsed))
        {
            throw new ConsoleUnavailableException("A concept question has no console: it is talked through.", full: false);
        }
        var gate = _gates.GetOrAdd(seat.Room, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync();
        try
        {
            var input = await rooms.AppendAsync(seat.Room, seat, RoomEventKind.ConsoleInput, JsonSerializer.SerializeToUtf8Bytes(new RoomConsoleInput(language, code), RoomJson.Options), CancellationToken.None);
            await announce(input);
            RoomConsoleOutput output;
            try
            {
                var session = await SessionAsync(consoles, seat.Room, parsed);
                var result = await consoles.EvaluateAsync(session, code, CancellationToken.None);
                output = new RoomConsoleOutput(input.Id, language, result.Stdout, result.Value, result.Error, result.Line, result.OutputLimit, result.Restarted, Math.Round(result.Ms, 1));
            }
            catch (ConsoleUnavailableException e)
            {
                output = new RoomConsoleOutput(input.Id, language, "", null, e.Message, null, false, null, 0);
            }
            catch (ObjectDisposedException)
            {
                // Closed under the snippet (everyone left, the server stopping): the room is told, as for any end.
                output = new RoomConsoleOutput(input.Id, language, "", null, "The room's console was closed while this snippet ran.", null, false, null, 0);
            }
            return await rooms.AppendAsync(seat.Room, seat, RoomEventKind.ConsoleOutput, JsonSerializer.SerializeToUtf8Bytes(output, RoomJson.Options), CancellationToken.None);
        }
        finally
        {
            gate.Release();
        }
    }

    // The room's open session in this language, else a new one (the one in another language closed).
    private async Task<ConsoleSession> SessionAsync(ConsoleSessions consoles, Guid room, Language language)
    {
        var owner = $"room:{room:N}";
        if (_sessions.TryGetValue(room, out var session) && consoles.Find(session.Id, owner) is { } open)
        {
            if (open.Language == language)
            {
                return open;
            }
            consoles.Close(open, "the room switched language");
        }
        session = await consoles.OpenAsync(language, owner, CancellationToken.None);
        _sessions[room] = session;
        return session;
    }
}
