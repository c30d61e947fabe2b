namespace InterviewPractice.Judging.Docker;

/// <summary>The body of <c>POST /containers/create</c>, with only the fields the judge sets.</summary>
public sealed record ContainerSpec
{
    public required string Image { get; init; }
    public required IReadOnlyList<string> Cmd { get; init; }
    public string WorkingDir { get; init; } = "/tmp";
    public string User { get; init; } = "65534:65534";
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> Env { get; init; } = [];
    public bool OpenStdin { get; init; } = true;
    public bool StdinOnce { get; init; } = true;
    public bool AttachStdin { get; init; } = true;
    public bool AttachStdout { get; init; } = true;
    public bool AttachStderr { get; init; } = true;
    public bool Tty { get; init; }
    public bool NetworkDisabled { get; init; } = true;
    public required HostConfig HostConfig { get; init; }
}

/// <summary>The isolation and limits of a container.</summary>
public sealed record HostConfig
{
    public long Memory { get; init; }
    public long MemorySwap { get; init; }
    public int MemorySwappiness { get; init; }
    public long NanoCpus { get; init; }
    public long PidsLimit { get; init; }
    public string NetworkMode { get; init; } = "none";
    public bool ReadonlyRootfs { get; init; } = true;
    public bool Privileged { get; init; }
    public IReadOnlyList<string> CapDrop { get; init; } = ["ALL"];
    public IReadOnlyList<string> SecurityOpt { get; init; } = ["no-new-privileges"];
    public IReadOnlyDictionary<string, string> Tmpfs { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<Ulimit> Ulimits { get; init; } = [];
    public bool Init { get; init; } = true;
    public bool AutoRemove { get; init; }
    public string IpcMode { get; init; } = "private";
    public bool OomKillDisable { get; init; }

    /// <summary>The host's OOM killer picks sandbox processes first, never the server's.</summary>
    public int OomScoreAdj { get; init; } = 1000;

    /// <summary>
    /// No log driver: the judge reads stdout through the attach stream, and a json-file log would copy every
    /// byte a submission writes onto the host's disk.
    /// </summary>
    public LogConfig LogConfig { get; init; } = new("none");
}

/// <summary>A container's log driver.</summary>
public sealed record LogConfig(string Type);

/// <summary>A resource limit inside the container.</summary>
public sealed record Ulimit(string Name, long Soft, long Hard);
