using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace InterviewPractice.Benchmarks;

/// <summary>
/// The two editors' keystrokes, one Yjs update each, made once by the front end's Yjs in Node
/// (make-keystrokes.cjs) and sent unchanged by every room on both systems, so both carry the same bytes.
/// Editor 0 is the interviewer, editor 1 the candidate.
/// </summary>
internal sealed class Keystrokes
{
    /// <summary>The Yjs client id of each editor: how a listener tells its peer's edits from its own echoes and the seed.</summary>
    public static readonly ulong[] ClientIds = [1001, 1002];

    private Keystrokes(byte[][][] updates) => Updates = updates;

    /// <summary>Per editor, the update of each keystroke: keystroke k has clock k.</summary>
    public byte[][][] Updates { get; }

    public int PerEditor => Updates[0].Length;

    /// <summary>Runs make-keystrokes.cjs for <paramref name="count"/> keystrokes per editor into <paramref name="text"/>.</summary>
    public static async Task<Keystrokes> MakeAsync(string repository, string text, int count, CancellationToken ct)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(repository, "tests", "InterviewPractice.Benchmarks", "make-keystrokes.cjs"));
        start.ArgumentList.Add(Path.Combine(repository, "src", "InterviewPractice.Web", "ClientApp"));
        start.ArgumentList.Add(text);
        start.ArgumentList.Add(count.ToString(CultureInfo.InvariantCulture));
        foreach (var id in ClientIds)
        {
            start.ArgumentList.Add(id.ToString(CultureInfo.InvariantCulture));
        }
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync(ct);
        var error = node.StandardError.ReadToEndAsync(ct);
        await node.WaitForExitAsync(ct).WaitAsync(TimeSpan.FromMinutes(1), ct);
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"make-keystrokes.cjs failed (is the front end installed? ./interview setup node): {await error}");
        }
        var json = JsonNode.Parse(await output)!;
        var updates = ClientIds
            .Select(id => json[id.ToString(CultureInfo.InvariantCulture)]!.AsArray().Select(u => Convert.FromBase64String((string)u!)).ToArray())
            .ToArray();
        // The listeners identify edits by this header alone: check it says what the load assumes.
        for (var editor = 0; editor < updates.Length; editor++)
        {
            for (var k = 0; k < updates[editor].Length; k++)
            {
                if (!YjsUpdateHeader.TryRead(updates[editor][k], out var client, out var clock) || client != ClientIds[editor] || clock != (ulong)k)
                {
                    throw new InvalidOperationException($"keystroke {k} of editor {editor} does not start with client {ClientIds[editor]}, clock {k}");
                }
            }
        }
        return new Keystrokes(updates);
    }
}

/// <summary>
/// The start of a Yjs update (v1 encoding): the number of client groups, then for the first group its number of
/// structs, its client id and the clock of its first struct, each a lib0 varuint. A relay re-encodes updates, but
/// a keystroke that arrives after its editor's previous one still starts with that editor's id and its own clock.
/// </summary>
internal static class YjsUpdateHeader
{
    public static bool TryRead(ReadOnlySpan<byte> update, out ulong client, out ulong clock)
    {
        client = clock = 0;
        var at = 0;
        return VarUint.TryRead(update, ref at, out var groups) && groups >= 1
            && VarUint.TryRead(update, ref at, out _)
            && VarUint.TryRead(update, ref at, out client)
            && VarUint.TryRead(update, ref at, out clock);
    }
}

/// <summary>lib0's unsigned varint: 7 bits a byte, least significant first, the high bit set on all but the last.</summary>
internal static class VarUint
{
    public static bool TryRead(ReadOnlySpan<byte> bytes, ref int at, out ulong value)
    {
        value = 0;
        for (var shift = 0; at < bytes.Length && shift < 64; shift += 7)
        {
            var b = bytes[at++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return true;
            }
        }
        return false;
    }

    public static void Write(List<byte> into, ulong value)
    {
        while (value >= 0x80)
        {
            into.Add((byte)(value | 0x80));
            value >>= 7;
        }
        into.Add((byte)value);
    }
}
