using System.Text.Json;
using System.Text.Json.Serialization;

namespace InterviewPractice.Web.Submissions;

/// <summary>
/// Tells every node's waiters what happened to a submission: the seam between the nodes that judge and the
/// nodes that serve clients. In one process that is <see cref="SubmissionEvents"/>; across processes,
/// <see cref="RedisSubmissionNotifier"/> (Redis:Configuration). Delivery is at most once either way: the
/// database check of <see cref="SubmissionWatcher"/> is the safety net.
/// </summary>
public interface ISubmissionNotifier
{
    /// <summary>Delivers <paramref name="e"/> to this node at once and, where it can, to the others; never blocks on the network.</summary>
    void Publish(SubmissionEvent e);

    /// <summary>True while events published on other nodes reach this one (the database check can then run less often).</summary>
    bool ReachesOtherNodes { get; }

    /// <summary>Why events of other nodes do not arrive now, in words an operator can act on; null when they do (or need not).</summary>
    string? Problem { get; }

    /// <summary>Raised when <see cref="ReachesOtherNodes"/> or <see cref="Problem"/> may have changed (on any thread).</summary>
    event Action? Changed;
}

/// <summary>One event on the wire between nodes, with the process that sent it (so a node skips its own).</summary>
public sealed record SubmissionMessage(Guid Origin, SubmissionEvent Event);

/// <summary>The one serialization of <see cref="SubmissionMessage"/>.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SubmissionMessage))]
public sealed partial class SubmissionMessageJson : JsonSerializerContext;
