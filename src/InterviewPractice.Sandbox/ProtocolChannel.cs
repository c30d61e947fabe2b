using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using InterviewPractice.Protocol;

namespace InterviewPractice.Sandbox;

/// <summary>One JSON object per line in each direction (docs/sandbox-protocol.md).</summary>
internal sealed class ProtocolChannel(Stream input, Stream output)
{
    private readonly StreamReader _reader = new(input, new UTF8Encoding(false), false, 1 << 16);
    private readonly ArrayBufferWriter<byte> _line = new(1 << 16);
    // The runner thread answers requests; a submission's thread may answer for a test that printed too much.
    private readonly Lock _sending = new();

    public string? ReadLine() => _reader.ReadLine();

    /// <summary>The nonce of the last <c>load</c>: every answer after it echoes it, so the judge can tell the runner's
    /// lines from lines the submission's code wrote to this stream.</summary>
    public string? Nonce { get; set; }

    /// <summary>Tells the judge this container is warm and may be handed work.</summary>
    public void SendReady() => Send(ReadyMessage.Current, ProtocolJsonContext.Default.ReadyMessage);

    public void Send<T>(T message, JsonTypeInfo<T> typeInfo) =>
        Send(writer => JsonSerializer.Serialize(writer, message, typeInfo));

    public void Send(Action<Utf8JsonWriter> writeMessage)
    {
        lock (_sending)
        {
            // The whole line is built first so a failure while writing never leaves half a message on the stream.
            _line.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(_line))
            {
                writeMessage(writer);
            }
            _line.Write("\n"u8);
            output.Write(_line.WrittenSpan);
            output.Flush();
        }
    }
}
