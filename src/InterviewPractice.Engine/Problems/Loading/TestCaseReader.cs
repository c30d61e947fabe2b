using System.Collections.Immutable;
using System.Text.Json.Nodes;
using InterviewPractice.Problems.Scripts;
using YamlDotNet.RepresentationModel;

namespace InterviewPractice.Problems.Loading;

/// <summary>Reads <c>tests/*.yaml</c>: every case must match the problem's signature exactly.</summary>
internal static class TestCaseReader
{
    private static readonly string[] SampleKeys = ["name", "in", "out", "explain"];
    private static readonly string[] HiddenKeys = ["name", "in", "out", "generate"];

    /// <summary>
    /// The cases of one file. A hidden case may name arguments for <paramref name="generator"/> (<c>generate: {seed: 7,
    /// n: 100000}</c>) instead of its <c>in</c> and <c>out</c>; what it makes is checked like a written case.
    /// </summary>
    public static ImmutableArray<TestCase> Read(YamlFile file, IoMode io, Signature? signature, bool samples, CaseGenerator? generator = null, ScriptLimits? limits = null)
    {
        var cases = ImmutableArray.CreateBuilder<TestCase>();
        if (file.Root is null)
        {
            return cases.ToImmutable();
        }
        foreach (var item in file.SequenceOf(file.Root, "a test file"))
        {
            var map = file.MappingOf(item, "a test case", samples ? SampleKeys : HiddenKeys);
            if (map is null)
            {
                continue;
            }
            var name = map.String("name", required: true);
            if (map.Optional("generate") is { } generate)
            {
                if (name is not null && Generated(file, map, generate, name, io, signature, generator, limits ?? ScriptLimits.Default) is { } made)
                {
                    cases.Add(new TestCase(name, made, file.At(item)));
                }
                continue;
            }
            var inNode = map.Required("in");
            var outNode = map.Required("out");
            var explain = map.String("explain", required: false);
            if (name is null || inNode is null || outNode is null)
            {
                continue;
            }
            var what = $"case '{name}'";
            JsonNode? input;
            JsonNode? output;
            if (io == IoMode.Stdio)
            {
                input = ReadText(file, inNode, $"'in' of {what}");
                output = ReadText(file, outNode, $"'out' of {what}");
            }
            else if (signature is null)
            {
                continue;
            }
            else if (signature.Design is not null)
            {
                // A design problem's values are typed per operation: read as they look, then checked call by call.
                input = TypedValues.Untyped(inNode) as JsonObject;
                output = TypedValues.Untyped(outNode);
                var error = input is JsonObject args
                    ? signature.CheckArguments(args, $"{what}: in.") ?? signature.CheckOutput(args, output, $"{what}: out")
                    : $"'in' of {what} must map {DesignClass.Operations} and {DesignClass.Arguments} to their lists";
                if (error is not null)
                {
                    file.Error(error.Contains(": out", StringComparison.Ordinal) ? outNode : inNode, error);
                    continue;
                }
                cases.Add(new TestCase(name, input!, output!, explain, file.At(item)));
                continue;
            }
            else
            {
                input = ReadArguments(file, inNode, signature, what);
                if (!TypedValues.TryRead(file, outNode, signature.Returns, $"'out' of {what}", out output))
                {
                    continue;
                }
            }
            if (input is not null)
            {
                cases.Add(new TestCase(name, input, output!, explain, file.At(item)));
            }
        }
        return cases.ToImmutable();
    }

    private static GeneratedCase? Generated(YamlFile file, YamlFile.Mapping map, YamlNode generate, string name, IoMode io, Signature? signature, CaseGenerator? generator, ScriptLimits limits)
    {
        foreach (var key in new[] { "in", "out" }.Where(map.Has))
        {
            map.ErrorAtKey(key, $"case '{name}' is generated: its '{key}' comes from tests/{CaseGenerator.File}, not from here");
            return null;
        }
        if (generator is null)
        {
            file.Error(generate, $"case '{name}' is generated, but there is no tests/{CaseGenerator.File} (function generate(args, rng) returning {{in, out}})");
            return null;
        }
        if (TypedValues.Untyped(generate) is not JsonObject args)
        {
            file.Error(generate, $"'generate' of case '{name}' must map argument names to values, with an integer seed: {{seed: 7, n: 1000}}");
            return null;
        }
        GeneratedCase made;
        JsonNode input;
        JsonNode? output;
        try
        {
            made = generator.Generate(args, limits);
            (input, output) = made.Read();
        }
        catch (ScriptException e)
        {
            var where = e.Line > 0 ? $" ({generator.Script.File}:{e.Line})" : "";
            file.Error(generate, $"generating case '{name}' failed{where}: {e.Message}");
            return null;
        }
        var what = $"generated case '{name}'";
        string? error;
        if (io == IoMode.Stdio)
        {
            error = input is JsonValue i && i.GetValueKind() == System.Text.Json.JsonValueKind.String
                && output is JsonValue o && o.GetValueKind() == System.Text.Json.JsonValueKind.String
                ? null : $"{what}: 'in' and 'out' must be text (stdin/stdout of the program)";
        }
        else if (signature is null)
        {
            return null;
        }
        else if (input is not JsonObject inArgs)
        {
            error = $"{what}: 'in' must map each parameter ({string.Join(", ", signature.Params.Select(p => p.Name))}) to its value";
        }
        else
        {
            error = signature.CheckArguments(inArgs, $"{what}: in.") ?? signature.CheckOutput(inArgs, output, $"{what}: out");
        }
        if (error is not null)
        {
            file.Error(generate, error);
            return null;
        }
        return made;
    }

    private static JsonObject? ReadArguments(YamlFile file, YamlNode node, Signature signature, string what)
    {
        if (node is not YamlMappingNode map)
        {
            file.Error(node, $"'in' of {what} must map each parameter ({string.Join(", ", signature.Params.Select(p => p.Name))}) to its value");
            return null;
        }
        var args = new JsonObject();
        var ok = true;
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var parameter = signature.Params.FirstOrDefault(p => p.Name == key);
            if (parameter is null)
            {
                file.Error(keyNode, $"'{key}' in {what} is not a parameter of {signature.Function}; parameters: {string.Join(", ", signature.Params.Select(p => p.Name))}");
                ok = false;
                continue;
            }
            if (!TypedValues.TryRead(file, value, parameter.Type, $"'{key}' of {what}", out var typed))
            {
                ok = false;
                continue;
            }
            args[key] = typed;
        }
        foreach (var missing in signature.Params.Where(p => !args.ContainsKey(p.Name) && !map.Children.Any(c => (c.Key as YamlScalarNode)?.Value == p.Name)))
        {
            file.Error(node, $"{what} has no value for parameter '{missing.Name}'");
            ok = false;
        }
        return ok ? args : null;
    }

    private static JsonValue? ReadText(YamlFile file, YamlNode node, string what) =>
        node is YamlScalarNode { Value: { } text } ? JsonValue.Create(text) : Fail(file, node, $"{what} must be text (stdin/stdout of the program)");

    private static JsonValue? Fail(YamlFile file, YamlNode node, string message)
    {
        file.Error(node, message);
        return null;
    }
}

/// <summary>Converts YAML values to JSON values of a declared type, with an error at the first mismatch.</summary>
internal static class TypedValues
{
    /// <summary>The value, or null after reporting an error; for types whose values cannot be null.</summary>
    public static JsonNode? Read(YamlFile file, YamlNode node, DataType type, string what) =>
        TryRead(file, node, type, what, out var value) ? value : null;

    /// <summary>Reads a value of <paramref name="type"/> (null only for a nullable type); false after reporting
    /// an error at the node.</summary>
    public static bool TryRead(YamlFile file, YamlNode node, DataType type, string what, out JsonNode? value)
    {
        value = null;
        if (type.Rank == 0 && (type.IsNode || (type.Nullable && YamlFile.IsNull(node) && !YamlFile.IsQuoted(node))))
        {
            value = Untyped(node);
            var error = type.Check(value, what);
            if (error is not null)
            {
                file.Error(node, error);
            }
            return error is null;
        }
        if (type.Rank == 0)
        {
            if (node is not YamlScalarNode { Value: { } text } || (YamlFile.IsNull(node) && type.Scalar != ScalarType.String))
            {
                file.Error(node, $"{what} must be a {type}, not {YamlFile.Describe(node)}");
                return false;
            }
            value = DataType.ParseScalar(type.Scalar, text, YamlFile.IsQuoted(node), out var error);
            if (value is null)
            {
                file.Error(node, $"{what}: {error}");
            }
            return value is not null;
        }
        if (node is not YamlSequenceNode seq)
        {
            file.Error(node, $"{what} must be a list ({type}), not {YamlFile.Describe(node)}");
            return false;
        }
        var array = new JsonArray();
        for (var i = 0; i < seq.Children.Count; i++)
        {
            if (!TryRead(file, seq.Children[i], type.Element, $"{what}[{i}]", out var element))
            {
                return false;
            }
            array.Add(element);
        }
        value = array;
        return true;
    }

    /// <summary>A YAML value as JSON, by its look: quoted text stays text; true/false, null and numbers become themselves.</summary>
    public static JsonNode? Untyped(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create((kv.Key as YamlScalarNode)?.Value ?? "", Untyped(kv.Value)))),
        YamlSequenceNode seq => new JsonArray([.. seq.Children.Select(Untyped)]),
        YamlScalarNode when !YamlFile.IsQuoted(node) && YamlFile.IsNull(node) => null,
        YamlScalarNode { Value: { } text } when !YamlFile.IsQuoted(node) && text is "true" or "false" => JsonValue.Create(text == "true"),
        YamlScalarNode { Value: { } text } when !YamlFile.IsQuoted(node) && long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var l) => JsonValue.Create(l),
        YamlScalarNode { Value: { } text } when !YamlFile.IsQuoted(node) && double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
        YamlScalarNode { Value: { } text } => JsonValue.Create(text),
        _ => null,
    };
}
