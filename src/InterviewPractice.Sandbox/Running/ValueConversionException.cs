namespace InterviewPractice.Sandbox.Running;

/// <summary>A test's JSON arguments don't fit the submission's parameters, or its return value doesn't fit JSON.
/// The message is shown to the user as is.</summary>
internal sealed class ValueConversionException(string message, Exception? inner = null) : Exception(message, inner);
