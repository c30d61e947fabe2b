using System.Diagnostics;
using InterviewPractice.Judging.Docker;

namespace InterviewPractice.Judging.Sandbox;

/// <summary>
/// Why a sandbox container's output ended: its exit state and what its stderr says. Shared by the runners' verdicts
/// and the consoles' restarts, so both tell an out-of-memory death from a crash the same way.
/// </summary>
/// <param name="State">The container's state once it stopped (or after a second of waiting); null when it is gone.</param>
/// <param name="OutOfMemory">The kernel's OOM kill, or the runtime's own out-of-memory death.</param>
/// <param name="StackOverflow">The runtime died of a stack overflow it could not catch.</param>
public sealed record ContainerExit(ContainerState? State, bool OutOfMemory, bool StackOverflow)
{
    /// <summary>Reads how <paramref name="box"/> ended. Engine faults propagate.</summary>
    public static async Task<ContainerExit> OfAsync(DockerClient docker, SandboxContainer box, CancellationToken ct)
    {
        var state = await WaitStoppedAsync(docker, box.Id, ct);
        var stderr = box.Stderr;
        return new ContainerExit(
            state,
            state?.OOMKilled == true || stderr.Contains("heap out of memory", StringComparison.OrdinalIgnoreCase) || stderr.Contains("OutOfMemory", StringComparison.Ordinal),
            stderr.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase));
    }

    // The container may still be shutting down when its stream ends; its exit state is what tells OOM from crash.
    private static async Task<ContainerState?> WaitStoppedAsync(DockerClient docker, string id, CancellationToken ct)
    {
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency;
        while (true)
        {
            var state = await docker.InspectStateAsync(id, ct);
            if (state is null || !state.Running || Stopwatch.GetTimestamp() > deadline)
            {
                return state;
            }
            await Task.Delay(20, ct);
        }
    }
}
