using System.Text.Json.Serialization;
using InterviewPractice.Web.Rooms;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Benchmarks;

/// <summary>
/// An editor in one of our rooms: the official SignalR .NET client on <c>/hubs/room</c> (JSON protocol, as the
/// room page uses), joined with its invite token. Sends keystrokes with <c>Update</c> and awaits the id, as the page
/// does; hands every <c>Event</c> of kind Document to the ledger.
/// </summary>
internal sealed class HubEditor : IEditor
{
    private readonly HubConnection _connection;
    private readonly byte[][] _updates;

    private HubEditor(HubConnection connection, byte[][] updates)
    {
        _connection = connection;
        _updates = updates;
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
        var joined = new HubEditor(connection, keys.Updates[editor]);
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

    public Task SendAsync(int keystroke, CancellationToken ct) => _connection.InvokeAsync<long>(nameof(RoomHub.Update), _updates[keystroke], ct);

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
