using InterviewPractice.Protocol;

namespace InterviewPractice.Sandbox.Running;

/// <summary>A <c>load</c> that fails for a reason the user should see (<c>compile_error</c> or <c>runtime_error</c>).</summary>
internal sealed class SubmissionRejectedException(LoadAnswer response) : Exception(response.Message)
{
    public LoadAnswer Response { get; } = response;
}
