using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace InterviewPractice.Web.Rooms;

/// <summary>
/// Checks that bytes are a well-formed Yjs update (format v1, as <c>Y.encodeStateAsUpdate</c> and the document's
/// <c>update</c> event make them) before the room logs and relays them: a participant who sends anything else
/// would otherwise break every browser in the room and the server's own reading of the document. It reads the
/// structure (structs, their contents, the delete set) to the last byte, allocating nothing, in microseconds,
/// so it can stand at the door of every keystroke; what the update means is Yjs's business (an update whose
/// dependencies are missing is kept pending by Yjs, not an error).
/// The format: yjs src/utils/encoding.js (readClientsStructRefs, readDeleteSet) and lib0's decoding.
/// </summary>
public static class YjsUpdateFormat
{
    private const int Bits5 = 0x1F;
    private const int Bit6 = 0x20;
    private const int Bit7 = 0x40;
    private const int Bit8 = 0x80;

    /// <summary>Null when <paramref name="update"/> is a well-formed update; otherwise what is wrong and at which byte.</summary>
    public static string? Check(ReadOnlySpan<byte> update)
    {
        var reader = new Reader(update);
        try
        {
            ReadStructs(ref reader);
            ReadDeleteSet(ref reader);
            return reader.Position == update.Length ? null : $"{update.Length - reader.Position} bytes left over after the update at byte {reader.Position}";
        }
        catch (FormatException e)
        {
            return $"{e.Message} at byte {reader.Position}";
        }
    }

    /// <summary>
    /// Null when <paramref name="state"/> is a well-formed awareness update (y-protocols: a count, then per client
    /// its id, clock and state as JSON); otherwise what is wrong and at which byte.
    /// </summary>
    public static string? CheckAwareness(ReadOnlySpan<byte> state)
    {
        var reader = new Reader(state);
        try
        {
            for (var clients = reader.Count(); clients > 0; clients--)
            {
                reader.VarUint(); // client id
                reader.VarUint(); // clock
                Json(reader.String());
            }
            return reader.Position == state.Length ? null : $"{state.Length - reader.Position} bytes left over after the state at byte {reader.Position}";
        }
        catch (FormatException e)
        {
            return $"{e.Message} at byte {reader.Position}";
        }
    }

    private static void ReadStructs(ref Reader r)
    {
        var clients = r.Count();
        for (var c = 0; c < clients; c++)
        {
            var structs = r.Count();
            r.VarUint(); // client id
            r.VarUint(); // first clock
            for (var s = 0; s < structs; s++)
            {
                var info = r.Byte();
                switch (info & Bits5)
                {
                    case 0: // GC
                    case 10: // Skip
                        r.VarUint();
                        break;
                    default:
                        ReadItem(ref r, info);
                        break;
                }
            }
        }
    }

    private static void ReadItem(ref Reader r, byte info)
    {
        if ((info & Bit8) != 0)
        {
            r.VarUint(); // origin client
            r.VarUint(); // origin clock
        }
        if ((info & Bit7) != 0)
        {
            r.VarUint(); // right origin client
            r.VarUint(); // right origin clock
        }
        // With neither origin, the item names its parent: a root type by name, or an item by id; then maybe a key.
        if ((info & (Bit7 | Bit8)) == 0)
        {
            if (r.VarUint() == 1)
            {
                r.String();
            }
            else
            {
                r.VarUint();
                r.VarUint();
            }
            if ((info & Bit6) != 0)
            {
                r.String();
            }
        }
        switch (info & Bits5)
        {
            case 1: // deleted
                r.VarUint();
                break;
            case 2: // JSON values, as strings ("undefined" allowed)
                for (var i = r.Count(); i > 0; i--)
                {
                    var json = r.String();
                    if (!json.SequenceEqual("undefined"u8))
                    {
                        Json(json);
                    }
                }
                break;
            case 3: // binary
                r.Bytes();
                break;
            case 4: // string
                r.String();
                break;
            case 5: // embed
                Json(r.String());
                break;
            case 6: // format: key and JSON value
                r.String();
                Json(r.String());
                break;
            case 7: // a shared type
                var type = r.VarUint();
                if (type > 6)
                {
                    throw new FormatException($"unknown shared type {type}");
                }
                if (type is 3 or 5) // XmlElement and XmlHook carry a name
                {
                    r.String();
                }
                break;
            case 8: // any values
                for (var i = r.Count(); i > 0; i--)
                {
                    ReadAny(ref r, 0);
                }
                break;
            case 9: // a subdocument: its guid and options
                r.String();
                ReadAny(ref r, 0);
                break;
            default:
                throw new FormatException($"unknown content type {info & Bits5}");
        }
    }

    private static void ReadAny(ref Reader r, int depth)
    {
        if (depth > 64)
        {
            throw new FormatException("values nested too deep");
        }
        switch (r.Byte())
        {
            case 127: // undefined
            case 126: // null
            case 121: // false
            case 120: // true
                break;
            case 125: // integer
                r.VarInt();
                break;
            case 124: // float32
                r.Skip(4);
                break;
            case 123: // float64
            case 122: // bigint
                r.Skip(8);
                break;
            case 119: // string
                r.String();
                break;
            case 118: // object
                for (var i = r.Count(); i > 0; i--)
                {
                    r.String();
                    ReadAny(ref r, depth + 1);
                }
                break;
            case 117: // array
                for (var i = r.Count(); i > 0; i--)
                {
                    ReadAny(ref r, depth + 1);
                }
                break;
            case 116: // bytes
                r.Bytes();
                break;
            default:
                throw new FormatException("unknown value type");
        }
    }

    private static void ReadDeleteSet(ref Reader r)
    {
        for (var clients = r.Count(); clients > 0; clients--)
        {
            r.VarUint(); // client id
            for (var ranges = r.Count(); ranges > 0; ranges--)
            {
                r.VarUint(); // clock
                r.VarUint(); // length
            }
        }
    }

    private static void Json(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        try
        {
            reader.Read();
            reader.Skip();
            if (reader.Read())
            {
                throw new FormatException("a JSON value with more after it");
            }
        }
        catch (JsonException)
        {
            throw new FormatException("a JSON value that does not parse");
        }
    }

    private ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;

        public int Position { get; private set; }

        public byte Byte() => Position < _bytes.Length ? _bytes[Position++] : throw new FormatException("the update ends early");

        /// <summary>lib0's unsigned varint, up to 53 bits (a JavaScript number).</summary>
        public ulong VarUint()
        {
            ulong value = 0;
            for (var shift = 0; shift < 56; shift += 7)
            {
                var b = Byte();
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }
            throw new FormatException("a number too large");
        }

        /// <summary>lib0's signed varint: the first byte holds the sign and six bits.</summary>
        public void VarInt()
        {
            var b = Byte();
            for (var shift = 6; (b & 0x80) != 0; shift += 7)
            {
                if (shift > 56)
                {
                    throw new FormatException("a number too large");
                }
                b = Byte();
            }
        }

        /// <summary>A count of things that follow, each at least a byte: never more than the bytes left.</summary>
        public int Count()
        {
            var count = VarUint();
            return count <= (ulong)(_bytes.Length - Position) ? (int)count : throw new FormatException($"a count of {count} with {_bytes.Length - Position} bytes left");
        }

        public ReadOnlySpan<byte> Bytes()
        {
            var length = VarUint();
            if (length > (ulong)(_bytes.Length - Position))
            {
                throw new FormatException($"{length} bytes wanted with {_bytes.Length - Position} left");
            }
            var span = _bytes.Slice(Position, (int)length);
            Position += (int)length;
            return span;
        }

        public ReadOnlySpan<byte> String()
        {
            var text = Bytes();
            return Utf8.IsValid(text) ? text : throw new FormatException("a string that is not UTF-8");
        }

        public void Skip(int count)
        {
            if (count > _bytes.Length - Position)
            {
                throw new FormatException("the update ends early");
            }
            Position += count;
        }
    }
}
