namespace InterviewPractice.Web.Hosting;

/// <summary>
/// Which parts of the app this process runs: configuration <c>Role</c>, on the command line <c>--role</c>.
/// Splitting them keeps the Docker socket (root on its host) off the nodes that face the internet.
/// </summary>
public sealed class NodeRole
{
    public const string Key = "Role";

    /// <summary>Both, in one process (the default).</summary>
    public static readonly NodeRole All = new("all", serves: true, judges: true);

    /// <summary>Pages, the API and event streams; no judge and no Docker client at all.</summary>
    public static readonly NodeRole Web = new("web", serves: true, judges: false);

    /// <summary>The workers and the sandbox; over HTTP only /health, for the orchestrator's probes.</summary>
    public static readonly NodeRole Judge = new("judge", serves: false, judges: true);

    private NodeRole(string name, bool serves, bool judges)
    {
        Name = name;
        Serves = serves;
        Judges = judges;
    }

    public string Name { get; }

    /// <summary>True when this node serves pages and the API.</summary>
    public bool Serves { get; }

    /// <summary>True when this node judges (and holds the Docker socket).</summary>
    public bool Judges { get; }

    public override string ToString() => Name;

    /// <summary>The role <paramref name="value"/> names (empty: all); null when it names none.</summary>
    public static NodeRole? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "all" => All,
        "web" => Web,
        "judge" => Judge,
        _ => null,
    };
}

/// <summary>Reading and validating the role.</summary>
public static class NodeRoleExtensions
{
    /// <summary>Reads <c>Role</c> (web, judge or all; default all), registers it and returns it; an unknown role stops the start.</summary>
    public static NodeRole AddRole(this WebApplicationBuilder builder)
    {
        var value = builder.Configuration[NodeRole.Key];
        var role = NodeRole.Parse(value) ?? throw new InvalidOperationException(
            $"Role '{value}' is not known. Use --role web (pages and API, no Docker), --role judge (workers and /health) or --role all (both; the default).");
        builder.Services.AddSingleton(role);
        return role;
    }
}
