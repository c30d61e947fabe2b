using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using InterviewPractice.Protocol;

namespace InterviewPractice.Sandbox.Running;

/// <summary>A design problem's submission (LeetCode's <c>LRUCache</c>): each test constructs the class with the
/// first operation's arguments, then calls the methods the operations name (<c>Get</c> for <c>get</c>), and
/// answers with one result per operation: null for the constructor and for methods that return nothing.</summary>
internal sealed class DesignSubmission : ISubmission
{
    private readonly Assembly _assembly;
    private readonly ConstructorInfo _constructor;
    private readonly ArgumentBinder _constructorBinder;
    private readonly Dictionary<string, Operation> _methods;
    private readonly OutputCapture _capture;

    private sealed record Operation(MethodInfo Method, ArgumentBinder Binder, bool Returns);

    private DesignSubmission(Assembly assembly, ConstructorInfo constructor, ArgumentBinder constructorBinder, Dictionary<string, Operation> methods, OutputCapture capture)
    {
        _assembly = assembly;
        _constructor = constructor;
        _constructorBinder = constructorBinder;
        _methods = methods;
        _capture = capture;
    }

    public static DesignSubmission Create(Assembly assembly, DesignSpec design, OutputCapture capture)
    {
        var shape = $"Expected `public class {design.ClassName}` with a constructor `{design.ClassName}({Parameters(design.Constructor)})` and "
            + string.Join(", ", design.Methods.Select(m => $"`{m.Returns ?? "void"} {Pascal(m.Name)}({Parameters(m.Params)})`"));
        var type = FunctionSubmission.FindClass(assembly, design.ClassName)
            ?? throw Reject($"{shape}; there is no class `{design.ClassName}`.");
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .FirstOrDefault(c => c.GetParameters().Length == design.Constructor.Count)
            ?? throw Reject($"{shape}; `{design.ClassName}` has no constructor taking {design.Constructor.Count} parameter(s).");
        var methods = new Dictionary<string, Operation>(StringComparer.Ordinal);
        try
        {
            foreach (var m in design.Methods)
            {
                var method = FunctionSubmission.FindMethod(type, m.Name, Pascal(m.Name), m.Params.Count);
                if (method is null || method.IsStatic || method.GetParameters().Length != m.Params.Count)
                {
                    throw Reject($"{shape}; `{design.ClassName}` has no instance method `{Pascal(m.Name)}` taking {m.Params.Count} parameter(s).");
                }
                methods[m.Name] = new Operation(method, ArgumentBinder.For(method), m.Returns is not null);
            }
            var failure = BigStackThread.Run(() => RuntimeHelpers.RunClassConstructor(type.TypeHandle));
            if (failure is not null)
            {
                var described = TestFailure.From(failure, assembly);
                throw new SubmissionRejectedException(LoadAnswer.RuntimeError(described.Message, described.Line));
            }
            return new DesignSubmission(assembly, constructor, ArgumentBinder.For(constructor), methods, capture);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException)
        {
            throw Reject($"{shape}; {e.Message}");
        }
    }

    public TestOutcome Run(TestRequest test)
    {
        var arguments = test.Args ?? [];
        byte[]? value = null;
        _capture.BeginTest(test.Id);
        var failure = BigStackThread.Run(() =>
        {
            if (arguments is not [{ ValueKind: JsonValueKind.Array } operations, { ValueKind: JsonValueKind.Array } lists]
                || operations.GetArrayLength() != lists.GetArrayLength() || operations.GetArrayLength() == 0)
            {
                throw new ValueConversionException("A design test's arguments are [operations, arguments] of equal length.");
            }
            var calls = operations.EnumerateArray().Zip(lists.EnumerateArray()).ToArray();
            var instance = _constructor.Invoke(BindingFlags.DoNotWrapExceptions, null, _constructorBinder.Bind([.. calls[0].Second.EnumerateArray()]), null);
            using var results = new MemoryStream();
            results.Write("[null"u8);
            foreach (var (operation, args) in calls.Skip(1))
            {
                var name = operation.GetString() ?? "";
                if (!_methods.TryGetValue(name, out var op))
                {
                    throw new ValueConversionException($"Unknown operation \"{name}\".");
                }
                var result = op.Method.Invoke(instance, BindingFlags.DoNotWrapExceptions, null, op.Binder.Bind([.. args.EnumerateArray()]), null);
                results.WriteByte((byte)',');
                results.Write(op.Returns ? UserJson.Serialize(result, op.Method.ReturnType) : "null"u8);
            }
            results.WriteByte((byte)']');
            value = results.ToArray();
        });
        var (stdout, outputLimit) = _capture.EndTest();
        return failure is null
            ? new TestOutcome(value, null, stdout, outputLimit)
            : new TestOutcome(null, TestFailure.From(failure, _assembly), stdout, outputLimit);
    }

    private static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    private static string Parameters(IEnumerable<ParamSpec> parameters) => string.Join(", ", parameters.Select(p => $"{p.Type} {p.Name}"));

    private static SubmissionRejectedException Reject(string message) => new(LoadAnswer.CompileError(message));
}
