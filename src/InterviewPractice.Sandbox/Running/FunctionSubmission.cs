using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using InterviewPractice.Protocol;

namespace InterviewPractice.Sandbox.Running;

/// <summary>An <c>io: function</c> submission: the method <c>Solution.TwoSum</c> (for function <c>twoSum</c>),
/// instance or static, called in-process with each test's arguments.</summary>
internal sealed class FunctionSubmission : ISubmission
{
    private const BindingFlags AnyMethod =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy;

    private readonly Assembly _assembly;
    private readonly MethodInfo _method;
    private readonly Func<object?>? _createInstance;
    private readonly ArgumentBinder _binder;
    private readonly OutputCapture _capture;

    private FunctionSubmission(
        Assembly assembly, MethodInfo method, Func<object?>? createInstance, ArgumentBinder binder, OutputCapture capture)
    {
        _assembly = assembly;
        _method = method;
        _createInstance = createInstance;
        _binder = binder;
        _capture = capture;
    }

    public static ISubmission Load(LoadRequest load, OutputCapture capture)
    {
        var assembly = LoadAssembly(load);
        return load.Design is { } design ? DesignSubmission.Create(assembly, design, capture) : Create(assembly, load, capture);
    }

    /// <summary>The submission's compiled assembly, in a load context of its own.</summary>
    internal static Assembly LoadAssembly(LoadRequest load)
    {
        var image = SubmissionImage.Decode(load);
        using var assemblyStream = new MemoryStream(image.Assembly);
        using var pdbStream = image.Pdb is null ? null : new MemoryStream(image.Pdb);
        Assembly assembly;
        try
        {
            // A context of its own: a second load in the same runner must not clash with the first `prog`.
            assembly = new AssemblyLoadContext("submission").LoadFromStream(assemblyStream, pdbStream);
        }
        catch (BadImageFormatException e)
        {
            throw new SubmissionRejectedException(LoadAnswer.CompileError($"The compiled assembly can't be loaded: {e.Message}"));
        }
        return assembly;
    }

    /// <summary>Finds the class and method <paramref name="load"/> names in <paramref name="assembly"/> and runs
    /// the class's static constructor (C#'s equivalent of a module's top level).</summary>
    public static FunctionSubmission Create(Assembly assembly, LoadRequest load, OutputCapture capture)
    {
        var className = load.ClassName ?? "Solution";
        if (load.Function is not { Length: > 0 } function)
        {
            throw Reject("The load request names no function.");
        }
        var methodName = char.ToUpperInvariant(function[0]) + function[1..];
        string Expected(string problem) => $"{ExpectedShape(load, className, methodName)}; {problem}";

        var type = FindClass(assembly, className)
            ?? throw Reject(Expected($"there is no class `{className}`."));
        var method = FindMethod(type, function, methodName, load.Params?.Count)
            ?? throw Reject(Expected($"`{className}` has no method `{methodName}`."));
        if (load.Params is { } declared && method.GetParameters().Length != declared.Count)
        {
            throw Reject(Expected($"`{method.Name}` takes {method.GetParameters().Length} parameters."));
        }

        ArgumentBinder binder;
        try
        {
            binder = ArgumentBinder.For(method);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException)
        {
            throw Reject(Expected(e.Message));
        }

        var createInstance = method.IsStatic ? null : InstanceFactory(type) ?? throw Reject(Expected(
            $"`{className}` needs a parameterless constructor (or make `{method.Name}` static)."));

        var failure = BigStackThread.Run(() => RuntimeHelpers.RunClassConstructor(type.TypeHandle));
        if (failure is not null)
        {
            var described = TestFailure.From(failure, assembly);
            throw new SubmissionRejectedException(LoadAnswer.RuntimeError(described.Message, described.Line));
        }
        return new FunctionSubmission(assembly, method, createInstance, binder, capture);
    }

    public TestOutcome Run(TestRequest test)
    {
        var arguments = test.Args ?? [];
        byte[]? value = null;
        _capture.BeginTest(test.Id);
        var failure = BigStackThread.Run(() =>
        {
            var bound = _binder.Bind(arguments);
            // A new instance per test, as LeetCode does: instance fields never leak from one test to the next.
            var target = _createInstance?.Invoke();
            var result = _method.Invoke(target, BindingFlags.DoNotWrapExceptions, null, bound, null);
            value = UserJson.Serialize(result, _method.ReturnType);
        });
        var (stdout, outputLimit) = _capture.EndTest();
        return failure is null
            ? new TestOutcome(value, null, stdout, outputLimit)
            : new TestOutcome(null, TestFailure.From(failure, _assembly), stdout, outputLimit);
    }

    private static SubmissionRejectedException Reject(string message) => new(LoadAnswer.CompileError(message));

    private static string ExpectedShape(LoadRequest load, string className, string methodName)
    {
        var parameters = string.Join(", ", (load.Params ?? []).Select(p => $"{p.Type} {p.Name}"));
        var returns = load.Returns is null ? "" : load.Returns + " ";
        return $"Expected `public class {className}` with a method `{returns}{methodName}({parameters})`";
    }

    internal static Type? FindClass(Assembly assembly, string className)
    {
        Type?[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types;
        }
        // Any namespace; a top-level class wins over a nested one of the same name.
        return types.OfType<Type>().Where(t => t.Name == className).OrderBy(t => t.IsNested).FirstOrDefault();
    }

    /// <summary>LeetCode's PascalCase name first, then the function's own name, then either ignoring case; among
    /// overloads, one with the declared number of parameters.</summary>
    internal static MethodInfo? FindMethod(Type type, string function, string methodName, int? parameterCount)
    {
        var methods = type.GetMethods(AnyMethod)
            .Where(m => m.DeclaringType != typeof(object) && !m.ContainsGenericParameters)
            .ToArray();

        MethodInfo? Named(Func<string, bool> matches) => methods
            .Where(m => matches(m.Name))
            .OrderByDescending(m => m.GetParameters().Length == parameterCount)
            .FirstOrDefault();

        return Named(name => name == methodName)
            ?? Named(name => name == function)
            ?? Named(name => name.Equals(function, StringComparison.OrdinalIgnoreCase));
    }

    private static Func<object?>? InstanceFactory(Type type)
    {
        if (type.IsAbstract)
        {
            return null;
        }
        var constructor = type.GetConstructor(
            BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes);
        if (constructor is not null)
        {
            return () => constructor.Invoke(BindingFlags.DoNotWrapExceptions, null, [], null);
        }
        // A struct without a declared constructor is just its default value.
        return type.IsValueType ? () => Activator.CreateInstance(type) : null;
    }
}
