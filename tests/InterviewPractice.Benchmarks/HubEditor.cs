using System.Text.Json.Serialization;
using InterviewPractice.Web.Rooms;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Benchmarks;

/// <summary>
/// An editor in one of our rooms: the official SignalR .NET client on <c>/hubs/room</c> (JSON protocol, as the
/// room page uses), joined with its invite token. Sends keystrokes with <c>Update</c> without waiting for the one
/// before to be stored, as the page does (at most <see cref="Window"/> unanswered); hands every <c>Event</c> of kind
/// Document to the ledger, and an <c>Update</c> the hub refused too.
/// </summary>
internal sealed class HubEditor : IEditor
{
    /// <summary>The most keystrokes sent and not yet answered.</summary>
    public const int Window = 64;

    private readonly HubConnection _connection;
    private readonly byte[][] _updates;
    private readonly EditLedger _ledger;
    private readonly SemaphoreSlim _window = new(Window);

    private HubEditor(HubConnection connection, byte[][] updates, EditLedger ledger)
    {
        _connection = connection;
        _updates = updates;
        _ledger = ledger;
    }

    /// <summary>The room's document as the join gave it (the server's starter-code seed first).</summary>
    public JoinedRoom Joined { get; private set; } = null!;

    public static async Task<HubEditor> JoinAsync(Uri server, string token, int room, int editor, Keystrokes keys, EditLedger ledger, CancellationToken ct)
    {
        var connection = new HubConnectionBuilder()
            // Straight to WebSockets: negotiation is a setup cost, not what the load measures.
            .WithUrl(new Uri(server, "hubs/room"), o =>
            {
                o.SkipNegotiation = true;
                o.Transports = HttpTransportType.WebSockets;
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
        connection.On<RoomEventView>(nameof(IRoomClient.Event), e =>
        {
            if (e.Kind == RoomEventKind.Document)
            {
                ledger.Heard(room, editor, e.Payload);
            }
        });
        var joined = new HubEditor(connection, keys.Updates[editor], ledger);
        try
        {
            await connection.StartAsync(ct);
            joined.Joined = await connection.InvokeAsync<JoinedRoom>(nameof(RoomHub.Join), token, editor == 0 ? "Interviewer" : "Candidate", 0L, ct);
            return joined;
        }
        catch
        {
            await joined.DisposeAsync();
            throw;
        }
    }

    /// <summary>Sends the keystroke's update; returns once it is on its way (the hub's answer comes later).</summary>
    public async Task SendAsync(int keystroke, CancellationToken ct)
    {
        await _window.WaitAsync(ct);
        _ = StoredAsync(_connection.InvokeAsync<long>(nameof(RoomHub.Update), _updates[keystroke], CancellationToken.None));
    }

    private async Task StoredAsync(Task<long> stored)
    {
        try
        {
            await stored;
        }
        catch (Exception e)
        {
            _ledger.Failed(e);
        }
        finally
        {
            _window.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _window.Dispose();
    }
}
