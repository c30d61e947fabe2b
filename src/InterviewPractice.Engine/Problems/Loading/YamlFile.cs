using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace InterviewPractice.Problems.Loading;

/// <summary>
/// One parsed YAML file (or front matter block) and the errors found in it. Uses YamlDotNet's representation
/// model rather than object deserialisation because every error must name a line, and the model keeps them.
/// </summary>
internal sealed class YamlFile
{
    private readonly ErrorSink _sink;
    private readonly int _lineOffset;

    private YamlFile(string displayPath, ErrorSink sink, int lineOffset, YamlNode? root)
    {
        DisplayPath = displayPath;
        _sink = sink;
        _lineOffset = lineOffset;
        Root = root;
    }

    /// <summary>The path shown to authors, relative to the problems folder.</summary>
    public string DisplayPath { get; }

    /// <summary>The document's root node; null when the text was empty or did not parse.</summary>
    public YamlNode? Root { get; }

    /// <summary>Parses YAML text; <paramref name="lineOffset"/> shifts lines for front matter inside a file.</summary>
    public static YamlFile Parse(string text, string displayPath, ErrorSink sink, int lineOffset = 0)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new GuardedParser(new Parser(new StringReader(text))));
            return new YamlFile(displayPath, sink, lineOffset, stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null);
        }
        catch (RefusedYamlException e)
        {
            sink.Add(new SourceLocation(displayPath, (int)e.Start.Line + lineOffset, (int)e.Start.Column), e.Message);
            return new YamlFile(displayPath, sink, lineOffset, null);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way at the end of the text (an unclosed bracket or quote).
            var lastLine = text.TrimEnd().Split('\n').Length;
            sink.Add(new SourceLocation(displayPath, lastLine + lineOffset), "invalid YAML: the text ends inside an unclosed bracket, brace or quote");
            return new YamlFile(displayPath, sink, lineOffset, null);
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            // YamlDotNet prefixes its own "(Line: x, Col: y, ...)"; the location is said once, by us.
            var cut = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line", StringComparison.Ordinal) && cut > 0)
            {
                message = message[(cut + 3)..];
            }
            sink.Add(new SourceLocation(displayPath, (int)e.Start.Line + lineOffset, (int)e.Start.Column), $"invalid YAML: {message}");
            return new YamlFile(displayPath, sink, lineOffset, null);
        }
    }

    /// <summary>The deepest nesting of lists and mappings a problem file may have; the formats need about six.</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// Refuses what the formats never need but a hostile file can use against the loader, before the representation
    /// model is built. Aliases: the model shares an aliased node, so a "billion laughs" file is small until a reader
    /// walks it and converts every reference, and an alias inside its own anchor makes a cycle no walk ends.
    /// Deep nesting: the model is built recursively, and a deep enough file overflows the stack, ending the process.
    /// </summary>
    private sealed class GuardedParser(IParser inner) : IParser
    {
        private int _depth;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext())
            {
                return false;
            }
            switch (inner.Current)
            {
                case AnchorAlias alias:
                    throw new RefusedYamlException(alias.Start, $"YAML aliases (*{alias.Value}) are not allowed in problem files: write the value out in full");
                case SequenceStart or MappingStart when ++_depth > MaxDepth:
                    throw new RefusedYamlException(inner.Current.Start, $"YAML nested more than {MaxDepth} levels deep is not allowed in problem files");
                case SequenceEnd or MappingEnd:
                    _depth--;
                    break;
            }
            return true;
        }
    }

    private sealed class RefusedYamlException(Mark start, string message) : Exception(message)
    {
        public Mark Start { get; } = start;
    }

    public SourceLocation At(YamlNode node) => new(DisplayPath, (int)node.Start.Line + _lineOffset, (int)node.Start.Column);

    public SourceLocation AtStart => new(DisplayPath, 1 + _lineOffset);

    public void Error(YamlNode node, string message) => _sink.Add(At(node), message);

    public void Error(string message) => _sink.Add(AtStart, message);

    /// <summary>Reads a mapping, reporting every key outside <paramref name="allowed"/> as an error.</summary>
    public Mapping? MappingOf(YamlNode? node, string what, params string[] allowed)
    {
        if (node is null)
        {
            return null;
        }
        if (node is not YamlMappingNode map)
        {
            Error(node, $"{what} must be a mapping of keys to values");
            return null;
        }
        var seen = new Dictionary<string, (YamlNode Key, YamlNode Value)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(key))
            {
                Error(keyNode, $"unknown key '{key}' in {what}; allowed keys: {string.Join(", ", allowed)}");
                continue;
            }
            seen[key] = (keyNode, value);
        }
        return new Mapping(this, map, what, seen);
    }

    /// <summary>Reads a sequence; a missing node is an empty sequence.</summary>
    public IReadOnlyList<YamlNode> SequenceOf(YamlNode? node, string what)
    {
        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode seq:
                return [.. seq.Children];
            default:
                Error(node, $"{what} must be a list");
                return [];
        }
    }

    /// <summary>A scalar's text, or an error naming <paramref name="what"/>.</summary>
    public bool TryScalar(YamlNode node, string what, [NotNullWhen(true)] out string? text)
    {
        if (node is YamlScalarNode { Value: { } value } && !IsNull(node))
        {
            text = value;
            return true;
        }
        Error(node, $"{what} must be a single value, not {Describe(node)}");
        text = null;
        return false;
    }

    public static bool IsQuoted(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded };

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ when IsNull(node) => "empty",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "something else",
    };

    /// <summary>A mapping whose keys were checked; lookups report missing required keys.</summary>
    internal sealed class Mapping(YamlFile file, YamlMappingNode node, string what, Dictionary<string, (YamlNode Key, YamlNode Value)> entries)
    {
        private readonly Dictionary<string, YamlNode> values = entries.ToDictionary(e => e.Key, e => e.Value.Value, StringComparer.Ordinal);

        public YamlMappingNode Node => node;

        public bool Has(string key) => values.ContainsKey(key);

        /// <summary>Reports an error at a present key, e.g. one that does not apply here.</summary>
        public void ErrorAtKey(string key, string message) => file.Error(entries[key].Key, message);

        public YamlNode? Optional(string key) => values.GetValueOrDefault(key);

        public YamlNode? Required(string key)
        {
            if (values.TryGetValue(key, out var value))
            {
                return value;
            }
            file.Error(node, $"missing required key '{key}' in {what}");
            return null;
        }

        public string? String(string key, bool required)
        {
            var value = required ? Required(key) : Optional(key);
            return value is not null && file.TryScalar(value, $"'{key}'", out var text) ? text : null;
        }

        public T? Enum<T>(string key, bool required) where T : struct, System.Enum
        {
            var value = required ? Required(key) : Optional(key);
            if (value is null || !file.TryScalar(value, $"'{key}'", out var text))
            {
                return null;
            }
            var names = System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToArray();
            var index = Array.IndexOf(names, text.Trim());
            if (index < 0)
            {
                file.Error(value, $"'{key}' must be one of {string.Join(", ", names)}, not '{text}'");
                return null;
            }
            return System.Enum.GetValues<T>()[index];
        }

        public double? Number(string key, double min, double max)
        {
            var value = Optional(key);
            if (value is null || !file.TryScalar(value, $"'{key}'", out var text))
            {
                return null;
            }
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
            {
                file.Error(value, $"'{key}' must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, not '{text}'");
                return null;
            }
            return number;
        }

        public IReadOnlyList<string> Strings(string key)
        {
            var list = new List<string>();
            foreach (var item in file.SequenceOf(Optional(key), $"'{key}'"))
            {
                if (file.TryScalar(item, $"each item of '{key}'", out var text))
                {
                    list.Add(text);
                }
            }
            return list;
        }
    }
}
