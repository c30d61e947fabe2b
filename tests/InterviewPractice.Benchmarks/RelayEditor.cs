using System.Net.WebSockets;

namespace InterviewPractice.Benchmarks;

/// <summary>
/// An editor on the standard Yjs relay (y-websocket): one WebSocket at <c>ws://host/ROOM</c> speaking its binary
/// protocol, <c>[varuint messageType][...]</c> with messageSync 0 (sub-type 0 step 1, 1 step 2, 2 update, then a
/// varuint-length-prefixed payload) and messageAwareness 1 (ignored here). The relay sends every update to every
/// connection of the document, the sender's included, re-encoded; the ledger tells the peer's edits by the header.
/// </summary>
internal sealed class RelayEditor : IEditor
{
    private const byte MessageSync = 0;
    private const byte SyncStep1 = 0;
    private const byte SyncUpdate = 2;

    private readonly ClientWebSocket _socket;
    private readonly byte[][] _frames;
    private readonly CancellationTokenSource _closing = new();
    private Task _receiving = Task.CompletedTask;

    private RelayEditor(ClientWebSocket socket, byte[][] frames)
    {
        _socket = socket;
        _frames = frames;
    }

    /// <summary>Each update as the sync message that carries it: <c>[0][2][varuint length][update]</c>.</summary>
    public static byte[] UpdateMessage(byte[] update)
    {
        var message = new List<byte>(update.Length + 8) { MessageSync, SyncUpdate };
        VarUint.Write(message, (ulong)update.Length);
        message.AddRange(update);
        return [.. message];
    }

    /// <summary>
    /// Connects to document <paramref name="document"/> and asks for its state (sync step 1 with the empty state
    /// vector), as a y-websocket client does on connecting; with <paramref name="seed"/>, also puts the starter code
    /// in, as our server does when it creates a room.
    /// </summary>
    public static async Task<RelayEditor> ConnectAsync(
        Uri relay, string document, int room, int editor, byte[][] frames, byte[]? seed, EditLedger ledger, CancellationToken ct)
    {
        var socket = new ClientWebSocket();
        var connected = new RelayEditor(socket, frames);
        try
        {
            await socket.ConnectAsync(new Uri(relay, document), ct);
            await socket.SendAsync(new byte[] { MessageSync, SyncStep1, 1, 0 }, WebSocketMessageType.Binary, true, ct);
            if (seed is not null)
            {
                await socket.SendAsync(UpdateMessage(seed), WebSocketMessageType.Binary, true, ct);
            }
            connected._receiving = connected.ReceiveAsync(room, editor, ledger, connected._closing.Token);
            return connected;
        }
        catch
        {
            await connected.DisposeAsync();
            throw;
        }
    }

    // One send at a time per socket: the load's outbox sends a keystroke only when the previous one was taken.
    public Task SendAsync(int keystroke, CancellationToken ct) =>
        _socket.SendAsync(_frames[keystroke], WebSocketMessageType.Binary, true, ct);

    private async Task ReceiveAsync(int room, int editor, EditLedger ledger, CancellationToken ct)
    {
        var buffer = new byte[4096];
        try
        {
            while (true)
            {
                var length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    if (length == buffer.Length)
                    {
                        Array.Resize(ref buffer, buffer.Length * 2);
                    }
                    result = await _socket.ReceiveAsync(buffer.AsMemory(length), ct);
                    length += result.Count;
                }
                while (!result.EndOfMessage);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
                var at = 0;
                var message = buffer.AsSpan(0, length);
                if (VarUint.TryRead(message, ref at, out var type) && type == MessageSync
                    && VarUint.TryRead(message, ref at, out var sync) && sync == SyncUpdate
                    && VarUint.TryRead(message, ref at, out var size) && (ulong)(message.Length - at) >= size)
                {
                    ledger.Heard(room, editor, message.Slice(at, (int)size));
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closed by us after the drain, or by the relay: what did not arrive counts as lost.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        _socket.Abort();
        await _receiving;
        _socket.Dispose();
        _closing.Dispose();
    }
}
