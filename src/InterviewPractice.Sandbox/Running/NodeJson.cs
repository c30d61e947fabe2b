using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace InterviewPractice.Sandbox.Running;

/// <summary>
/// LeetCode's <c>ListNode</c> and <c>TreeNode</c> in JSON, as the problem format writes them: a list is its values
/// (<c>[1,2,3]</c>, <c>[]</c> for null), a tree its level order with nulls for missing children and no trailing
/// null (<c>[3,9,20,null,null,15,7]</c>, <c>[]</c> for null). Works for any class of that name with an int
/// <c>val</c> and <c>next</c> (or <c>left</c>/<c>right</c>) of its own type, field or property: the judge's
/// definitions (<see cref="Compiling.SubmissionCompiler"/>) or a submission's own.
/// </summary>
internal sealed class NodeJsonFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => NodeShape.Of(typeToConvert) is not null;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var shape = NodeShape.Of(typeToConvert)!;
        return (JsonConverter)Activator.CreateInstance(typeof(NodeConverter<>).MakeGenericType(typeToConvert), shape)!;
    }

    private sealed class NodeConverter<T>(NodeShape shape) : JsonConverter<T>
        where T : class
    {
        // null is written as [] (the empty list or tree), and [] read as null.
        public override bool HandleNull => true;

        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException($"a {shape.Kind} is written as a list of its values");
            }
            var values = new List<int?>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                values.Add(reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32());
            }
            return (T?)(shape.IsTree ? BuildTree(values) : BuildList(values));
        }

        public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            if (shape.IsTree)
            {
                WriteTree(writer, value);
            }
            else
            {
                WriteList(writer, value);
            }
            writer.WriteEndArray();
        }

        private object? BuildList(List<int?> values)
        {
            object? head = null;
            for (var i = values.Count - 1; i >= 0; i--)
            {
                var node = shape.Create(values[i] ?? throw new JsonException("a ListNode's values cannot be null"));
                shape.SetNext!(node, head);
                head = node;
            }
            return head;
        }

        private object? BuildTree(List<int?> values)
        {
            if (values.Count == 0 || values[0] is not { } rootValue)
            {
                return null;
            }
            var root = shape.Create(rootValue);
            var level = new Queue<object>([root]);
            var i = 1;
            while (level.Count > 0 && i < values.Count)
            {
                var node = level.Dequeue();
                for (var side = 0; side < 2; side++, i++)
                {
                    if (i < values.Count && values[i] is { } v)
                    {
                        var child = shape.Create(v);
                        (side == 0 ? shape.SetLeft : shape.SetRight)(node, child);
                        level.Enqueue(child);
                    }
                }
            }
            return root;
        }

        private void WriteList(Utf8JsonWriter writer, object? head)
        {
            var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
            for (var node = head; node is not null; node = shape.GetNext!(node))
            {
                if (!seen.Add(node))
                {
                    throw new JsonException("the returned linked list has a cycle");
                }
                writer.WriteNumberValue(shape.GetVal(node));
            }
        }

        // Level order; nulls for missing children are held back and written only before a later value, so
        // there are no trailing nulls.
        private void WriteTree(Utf8JsonWriter writer, object? root)
        {
            var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
            var level = new Queue<object?>([root]);
            var pendingNulls = 0;
            while (level.Count > 0)
            {
                var node = level.Dequeue();
                if (node is null)
                {
                    pendingNulls++;
                    continue;
                }
                if (!seen.Add(node))
                {
                    throw new JsonException("the returned tree has a cycle or a node reached twice");
                }
                for (; pendingNulls > 0; pendingNulls--)
                {
                    writer.WriteNullValue();
                }
                writer.WriteNumberValue(shape.GetVal(node));
                level.Enqueue(shape.GetLeft!(node));
                level.Enqueue(shape.GetRight!(node));
            }
        }
    }
}

/// <summary>How to make and read the nodes of one ListNode/TreeNode class, as compiled delegates (reflection
/// per node would cost tens of milliseconds on a 10^5-node list).</summary>
internal sealed class NodeShape
{
    private const BindingFlags Members = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.IgnoreCase;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, NodeShape?> Shapes = new();

    public required string Kind { get; init; }
    public bool IsTree => Kind == "TreeNode";
    public required Func<int, object> Create { get; init; }
    public required Func<object, int> GetVal { get; init; }
    public Func<object, object?>? GetNext { get; init; }
    public Action<object, object?>? SetNext { get; init; }
    public Func<object, object?>? GetLeft { get; init; }
    public Action<object, object?> SetLeft { get; init; } = (_, _) => { };
    public Func<object, object?>? GetRight { get; init; }
    public Action<object, object?> SetRight { get; init; } = (_, _) => { };

    /// <summary>The shape of a class named ListNode (int val, ListNode next) or TreeNode (int val, TreeNode
    /// left, right), or null for any other type.</summary>
    public static NodeShape? Of(Type type) => type is { IsClass: true, Name: "ListNode" or "TreeNode" } ? Shapes.GetOrAdd(type, Make) : null;

    private static NodeShape? Make(Type type)
    {
        var val = Member(type, "val", typeof(int));
        if (val is null)
        {
            return null;
        }
        var create = Creator(type, val);
        if (type.Name == "ListNode")
        {
            var next = Member(type, "next", type);
            return next is null ? null : new NodeShape
            {
                Kind = "ListNode",
                Create = create,
                GetVal = Getter<int>(type, val),
                GetNext = Getter<object?>(type, next),
                SetNext = Setter(type, next),
            };
        }
        var left = Member(type, "left", type);
        var right = Member(type, "right", type);
        return left is null || right is null ? null : new NodeShape
        {
            Kind = "TreeNode",
            Create = create,
            GetVal = Getter<int>(type, val),
            GetLeft = Getter<object?>(type, left),
            SetLeft = Setter(type, left),
            GetRight = Getter<object?>(type, right),
            SetRight = Setter(type, right),
        };
    }

    private static MemberInfo? Member(Type type, string name, Type memberType) =>
        type.GetField(name, Members) is { } f && f.FieldType == memberType && !f.IsInitOnly ? f
        : type.GetProperty(name, Members) is { CanRead: true, CanWrite: true } p && p.PropertyType == memberType ? p
        : null;

    // LeetCode's constructor (int val = 0, ListNode next = null), a parameterless one, or none at all; the value
    // is then set either way.
    private static Func<int, object> Creator(Type type, MemberInfo val)
    {
        var value = Expression.Parameter(typeof(int), "val");
        var constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance);
        var withValue = constructors.FirstOrDefault(c => c.GetParameters() is [{ ParameterType: var t }, ..] ps && t == typeof(int) && ps.Skip(1).All(p => p.HasDefaultValue));
        var parameterless = constructors.FirstOrDefault(c => c.GetParameters().Length == 0);
        Expression made = withValue is not null
            ? Expression.New(withValue, withValue.GetParameters().Select((p, i) => i == 0 ? (Expression)value : Expression.Constant(p.DefaultValue, p.ParameterType)))
            : parameterless is not null
                ? Expression.New(parameterless)
                : Expression.Convert(Expression.Call(typeof(RuntimeHelpers).GetMethod(nameof(RuntimeHelpers.GetUninitializedObject))!, Expression.Constant(type)), type);
        var node = Expression.Variable(type, "node");
        var body = Expression.Block([node],
            Expression.Assign(node, made),
            Expression.Assign(Expression.MakeMemberAccess(node, val), value),
            Expression.Convert(node, typeof(object)));
        return Expression.Lambda<Func<int, object>>(body, value).Compile();
    }

    private static Func<object, T> Getter<T>(Type type, MemberInfo member)
    {
        var node = Expression.Parameter(typeof(object), "node");
        var read = Expression.MakeMemberAccess(Expression.Convert(node, type), member);
        return Expression.Lambda<Func<object, T>>(Expression.Convert(read, typeof(T)), node).Compile();
    }

    private static Action<object, object?> Setter(Type type, MemberInfo member)
    {
        var node = Expression.Parameter(typeof(object), "node");
        var value = Expression.Parameter(typeof(object), "value");
        var assign = Expression.Assign(Expression.MakeMemberAccess(Expression.Convert(node, type), member), Expression.Convert(value, type));
        return Expression.Lambda<Action<object, object?>>(assign, node, value).Compile();
    }
}
