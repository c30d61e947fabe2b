using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace InterviewPractice.Sandbox.Running;

/// <summary>Turns a test's JSON arguments into values of the method's parameter types: numbers, bools, strings,
/// arrays (jagged for 2-D), and the collection interfaces LeetCode's C# signatures use (<c>IList&lt;IList&lt;int&gt;&gt;</c>
/// binds as <c>List&lt;IList&lt;int&gt;&gt;</c> of <c>List&lt;int&gt;</c>).</summary>
internal sealed class ArgumentBinder
{
    private readonly ParameterInfo[] _parameters;
    private readonly JsonTypeInfo[] _types;

    private ArgumentBinder(ParameterInfo[] parameters, JsonTypeInfo[] types)
    {
        _parameters = parameters;
        _types = types;
    }

    /// <exception cref="NotSupportedException">A parameter type can't be read from JSON.</exception>
    public static ArgumentBinder For(MethodBase method)
    {
        var parameters = method.GetParameters();
        var types = parameters
            .Select(p => p.ParameterType.IsByRef || p.ParameterType.IsPointer
                ? throw new NotSupportedException($"Parameter `{p.Name}` is passed by reference or is a pointer.")
                // Resolved now so converter construction is not part of the first test's time.
                : UserJson.Options.GetTypeInfo(p.ParameterType))
            .ToArray();
        return new ArgumentBinder(parameters, types);
    }

    public object?[] Bind(IReadOnlyList<JsonElement> arguments)
    {
        if (arguments.Count != _parameters.Length)
        {
            throw new ValueConversionException(
                $"The method takes {_parameters.Length} arguments but the test passes {arguments.Count}.");
        }
        var values = new object?[arguments.Count];
        for (var i = 0; i < values.Length; i++)
        {
            try
            {
                values[i] = arguments[i].Deserialize(_types[i]);
            }
            catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
            {
                throw new ValueConversionException(
                    $"Argument {i + 1} (`{_parameters[i].Name}`) can't be read as {_parameters[i].ParameterType.Name}: {e.Message}",
                    e);
            }
        }
        return values;
    }
}
