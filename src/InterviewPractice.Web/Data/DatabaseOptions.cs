namespace InterviewPractice.Web.Data;

/// <summary>Which database holds submissions. Section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>sqlite</c> (default, a file) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>The connection string; for SQLite the default is a file under <c>.data/</c> in the working directory.</summary>
    public string ConnectionString { get; set; } = "Data Source=.data/interview.db";

    /// <summary>
    /// Apply pending schema migrations at start (default). When false the app only checks, and refuses to start
    /// on a database with pending migrations: apply them with <c>./interview db migrate</c>.
    /// </summary>
    public bool Migrate { get; set; } = true;
}
