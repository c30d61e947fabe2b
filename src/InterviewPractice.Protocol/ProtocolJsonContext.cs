using System.Text.Json.Serialization;

namespace InterviewPractice.Protocol;

/// <summary>
/// The one set of JSON options of the sandbox wire, source-generated so neither side pays a reflection warm-up.
/// Strict on reading: a field of the wrong JSON type, a missing required field or a null where the record says
/// non-null is a <see cref="System.Text.Json.JsonException"/>. User values (arguments, return values) are JSON of
/// any shape and are not read through this context.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(ReadyMessage))]
[JsonSerializable(typeof(LoadRequest))]
[JsonSerializable(typeof(LoadAnswer))]
[JsonSerializable(typeof(TestRequest))]
[JsonSerializable(typeof(TestAnswer))]
[JsonSerializable(typeof(CompileRequest))]
[JsonSerializable(typeof(CompiledAnswer))]
[JsonSerializable(typeof(EvalRequest))]
[JsonSerializable(typeof(EvalAnswer))]
[JsonSerializable(typeof(ErrorAnswer))]
public sealed partial class ProtocolJsonContext : JsonSerializerContext;
