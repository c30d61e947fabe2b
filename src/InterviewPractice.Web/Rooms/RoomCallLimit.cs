using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Rooms;

/// <summary>
/// Hub calls per connection: a token bucket of <c>Rooms:CallsPerSecond</c> (bursts of twice that). A call over
/// the limit fails with an error; the connection and the room carry on.
/// </summary>
public sealed class RoomCallLimit(IOptions<RoomsOptions> options, TimeProvider clock) : IHubFilter
{
    private const string BucketKey = "call-limit";

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var items = context.Context.Items;
        if (!items.TryGetValue(BucketKey, out var value) || value is not Bucket bucket)
        {
            bucket = new Bucket(options.Value.CallsPerSecond * 2.0, clock.GetTimestamp());
            items[BucketKey] = bucket;
        }
        lock (bucket)
        {
            var now = clock.GetTimestamp();
            var rate = options.Value.CallsPerSecond;
            bucket.Tokens = Math.Min(rate * 2.0, bucket.Tokens + clock.GetElapsedTime(bucket.Stamp, now).TotalSeconds * rate);
            bucket.Stamp = now;
            if (bucket.Tokens < 1)
            {
                throw new HubException($"Too many calls: at most {rate} a second on one connection. This call was dropped; slow down.");
            }
            bucket.Tokens -= 1;
        }
        return next(context);
    }

    private sealed class Bucket(double tokens, long stamp)
    {
        public double Tokens { get; set; } = tokens;
        public long Stamp { get; set; } = stamp;
    }
}
