using System.Text.Json.Serialization;

namespace InterviewPractice.Sandbox.Protocol;

// Source-generated so protocol (de)serialization costs no reflection warm-up. User values (arguments and
// return values of arbitrary types) go through Running/UserJson instead.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CompileRequest))]
[JsonSerializable(typeof(RunnerRequest))]
[JsonSerializable(typeof(CompiledResponse))]
[JsonSerializable(typeof(LoadResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(string))]
internal sealed partial class SandboxJsonContext : JsonSerializerContext;
