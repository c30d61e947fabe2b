using System.Collections.Immutable;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace InterviewPractice.Problems.Loading;

/// <summary>Reads <c>tests/*.yaml</c>: every case must match the problem's signature exactly.</summary>
internal static class TestCaseReader
{
    private static readonly string[] SampleKeys = ["name", "in", "out", "explain"];
    private static readonly string[] HiddenKeys = ["name", "in", "out"];

    public static ImmutableArray<TestCase> Read(YamlFile file, IoMode io, Signature? signature, bool samples)
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
            else
            {
                input = ReadArguments(file, inNode, signature, what);
                output = TypedValues.Read(file, outNode, signature.Returns, $"'out' of {what}");
            }
            if (input is not null && output is not null)
            {
                cases.Add(new TestCase(name, input, output, explain, file.At(item)));
            }
        }
        return cases.ToImmutable();
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
            var typed = TypedValues.Read(file, value, parameter.Type, $"'{key}' of {what}");
            if (typed is null)
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
    public static JsonNode? Read(YamlFile file, YamlNode node, DataType type, string what)
    {
        if (type.Rank == 0)
        {
            if (node is not YamlScalarNode { Value: { } text } || (YamlFile.IsNull(node) && type.Scalar != ScalarType.String))
            {
                file.Error(node, $"{what} must be a {type}, not {YamlFile.Describe(node)}");
                return null;
            }
            var value = DataType.ParseScalar(type.Scalar, text, YamlFile.IsQuoted(node), out var error);
            if (value is null)
            {
                file.Error(node, $"{what}: {error}");
            }
            return value;
        }
        if (node is not YamlSequenceNode seq)
        {
            file.Error(node, $"{what} must be a list ({type}), not {YamlFile.Describe(node)}");
            return null;
        }
        var array = new JsonArray();
        for (var i = 0; i < seq.Children.Count; i++)
        {
            var element = Read(file, seq.Children[i], type.Element, $"{what}[{i}]");
            if (element is null)
            {
                return null;
            }
            array.Add(element);
        }
        return array;
    }
}
