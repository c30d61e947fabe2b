namespace InterviewPractice.Web.Submissions;

/// <summary>Redis, which carries submission events between nodes. Section <c>Redis</c>; empty means one process.</summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>
    /// A StackExchange.Redis configuration string (e.g. <c>127.0.0.1:6379</c>). Empty: events stay in this
    /// process, and waiters hear of other nodes' submissions only through the database check.
    /// </summary>
    public string Configuration { get; set; } = "";

    /// <summary>The pub/sub channel; nodes of one deployment share it.</summary>
    public string Channel { get; set; } = "interviewpractice:submissions";

    /// <summary>
    /// How often the database check runs while Redis is connected. It only catches what pub/sub (at most once)
    /// lost; while Redis is down the check runs every <c>Submissions:PollInterval</c> as without Redis.
    /// </summary>
    public TimeSpan SafetyNetInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long to wait before subscribing again when Redis refused the subscription.</summary>
    public TimeSpan SubscribeRetry { get; set; } = TimeSpan.FromSeconds(1);
}
