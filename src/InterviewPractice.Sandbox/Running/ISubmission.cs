using InterviewPractice.Protocol;

namespace InterviewPractice.Sandbox.Running;

/// <summary>A loaded submission, ready to run <c>test</c> requests one at a time.</summary>
internal interface ISubmission
{
    TestOutcome Run(TestRequest test);
}
