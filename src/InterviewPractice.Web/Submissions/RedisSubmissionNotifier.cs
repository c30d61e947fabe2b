using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace InterviewPractice.Web.Submissions;

/// <summary>
/// Submission events across nodes by Redis pub/sub: what this node's workers publish goes to its own waiters at
/// once and to the channel; what other nodes publish on the channel goes to this node's waiters. Redis being
/// down never blocks or fails a request: the connection is made in the background, publishing while
/// disconnected drops the message (nothing queues up), StackExchange.Redis reconnects and resubscribes by itself,
/// and /health says "degraded" with the reason meanwhile.
/// </summary>
public sealed partial class RedisSubmissionNotifier(
    SubmissionEvents local,
    IOptions<RedisOptions> options,
    ILogger<RedisSubmissionNotifier> logger) : BackgroundService, ISubmissionNotifier
{
    private readonly Guid _origin = Guid.NewGuid();
    private readonly RedisChannel _channel = RedisChannel.Literal(options.Value.Channel);
    private volatile ConnectionMultiplexer? _redis;
    private volatile string? _failure;
    private volatile bool _subscribed;

    public bool ReachesOtherNodes => _subscribed && _redis is { IsConnected: true };

    public string? Problem => _redis switch
    {
        null => $"Connecting to Redis at {options.Value.Configuration}.",
        { IsConnected: true } => null,
        _ => $"Redis at {options.Value.Configuration} does not answer ({_failure ?? "not connected yet"}); progress of submissions judged on other nodes arrives only through the database check until it is back. Start Redis or fix Redis:Configuration.",
    };

    public void Publish(SubmissionEvent e)
    {
        local.Publish(e);
        if (_redis is not { IsConnected: true } redis)
        {
            return;
        }
        try
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(new SubmissionMessage(_origin, e), SubmissionMessageJson.Default.SubmissionMessage);
            redis.GetSubscriber().Publish(_channel, body, CommandFlags.FireAndForget);
        }
        catch (RedisException failure)
        {
            // At most once by design: the waiters' database check picks up what this loses.
            LogPublishFailed(failure.Message);
        }
    }

    public event Action? Changed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var config = ConfigurationOptions.Parse(options.Value.Configuration);
        config.AbortOnConnectFail = false;
        config.BacklogPolicy = BacklogPolicy.FailFast;
        config.ClientName ??= $"interviewpractice-{Environment.MachineName}";
        var connected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var redis = await ConnectionMultiplexer.ConnectAsync(config);
        redis.ConnectionFailed += (_, a) =>
        {
            _failure = $"{a.FailureType}: {a.Exception?.Message}";
            LogDown(a.ConnectionType, a.EndPoint?.ToString(), _failure);
            Changed?.Invoke();
        };
        redis.ConnectionRestored += (_, a) =>
        {
            // Raised for every connection made, the first one included. Once subscribed, the multiplexer renews
            // the subscription with the connection.
            connected.TrySetResult();
            LogRestored(a.ConnectionType, a.EndPoint?.ToString());
            Changed?.Invoke();
        };
        _redis = redis;
        if (redis.IsConnected)
        {
            connected.TrySetResult();
        }
        Changed?.Invoke();
        await connected.Task.WaitAsync(stoppingToken);

        // Subscribed once: the multiplexer keeps the subscription and renews it after every reconnect, so
        // subscribing again would deliver each message twice. A refusal (Redis went away again) is retried.
        while (!_subscribed)
        {
            try
            {
                // A queue, not a handler: StackExchange.Redis runs handlers concurrently, and a test's progress must
                // not overtake the one before it, nor the verdict its last test.
                var messages = await redis.GetSubscriber().SubscribeAsync(_channel);
                messages.OnMessage(m => Receive(m.Message));
                _subscribed = true;
                LogSubscribed(options.Value.Channel);
                Changed?.Invoke();
            }
            catch (RedisException e)
            {
                LogSubscribeFailed(e.Message);
                await Task.Delay(options.Value.SubscribeRetry, stoppingToken);
            }
        }
    }

    private void Receive(RedisValue body)
    {
        SubmissionMessage? message;
        try
        {
            message = JsonSerializer.Deserialize((byte[])body!, SubmissionMessageJson.Default.SubmissionMessage);
        }
        catch (JsonException e)
        {
            LogBadMessage(e.Message);
            return;
        }
        if (message is not null && message.Origin != _origin)
        {
            local.Publish(message.Event);
        }
    }

    public override void Dispose()
    {
        _redis?.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Submission events go through Redis channel {Channel}")]
    private partial void LogSubscribed(string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscribing to Redis failed; trying again: {Error}")]
    private partial void LogSubscribeFailed(string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis {ConnectionType} connection to {EndPoint} failed ({Failure}); reconnecting, waiters fall back to the database check")]
    private partial void LogDown(ConnectionType connectionType, string? endPoint, string failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis {ConnectionType} connection to {EndPoint} restored")]
    private partial void LogRestored(ConnectionType connectionType, string? endPoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing a submission event to Redis failed: {Error}")]
    private partial void LogPublishFailed(string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a message on the Redis channel that is not a submission event: {Error}")]
    private partial void LogBadMessage(string error);
}
