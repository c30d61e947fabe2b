using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Rooms;

/// <summary>Creating rooms and revoking their links over HTTP; everything live goes through <see cref="RoomHub"/>.</summary>
public static class RoomsApi
{
    /// <summary>The header that carries a room's interviewer token where an HTTP call needs one.</summary>
    public const string TokenHeader = "X-Room-Token";

    /// <summary>
    /// Rooms, their hub and services. With <c>Redis:Configuration</c> set, the hub's messages go through the
    /// SignalR Redis backplane, so one room's participants may be connected to different web nodes.
    /// </summary>
    public static IServiceCollection AddRooms(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RoomsOptions>().BindConfiguration(RoomsOptions.Section)
            .Validate(o => o.MaxMessageBytes >= 32 * 1024 && o.MaxUpdateBytes > 0 && o.MaxUpdateBytes <= o.MaxMessageBytes,
                "Rooms:MaxMessageBytes must be at least 32768 and Rooms:MaxUpdateBytes between 1 and it")
            .Validate(o => o.RevocationSweep > TimeSpan.Zero, "Rooms:RevocationSweep must be positive")
            .Validate(o => o.MaxChatChars > 0 && o.LogBatch > 0 && o.CallsPerSecond > 0 && o.MaxEventsPerJoin > 0 && o.CompactEvery > 0 && o.ScriptEngines > 0,
                "Rooms:MaxChatChars, LogBatch, CallsPerSecond, MaxEventsPerJoin, CompactEvery and ScriptEngines must be positive")
            .ValidateOnStart();
        services.AddSingleton<RoomService>();
        services.AddSingleton<YjsDocuments>();
        services.AddSingleton<RoomCompactor>();
        services.AddHostedService(sp => sp.GetRequiredService<RoomCompactor>());
        services.AddSingleton<RoomLog>();
        services.AddHostedService(sp => sp.GetRequiredService<RoomLog>());
        services.AddHostedService<RoomRevocations>();
        services.AddSingleton<RoomRounds>();
        services.AddHostedService(sp => sp.GetRequiredService<RoomRounds>());
        services.AddSingleton<RoomRuns>();
        services.AddHostedService(sp => sp.GetRequiredService<RoomRuns>());
        services.AddSingleton<RoomConsoles>();
        services.AddSingleton<RoomCallLimit>();
        // Enums travel as names, as they do over HTTP (ConfigureHttpJsonOptions).
        var signalR = services.AddSignalR(o => o.AddFilter<RoomCallLimit>())
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        var redis = configuration[$"{Submissions.RedisOptions.Section}:{nameof(Submissions.RedisOptions.Configuration)}"];
        if (!string.IsNullOrWhiteSpace(redis))
        {
            signalR.AddStackExchangeRedis(redis, o =>
            {
                // Redis down must not stop the node from starting; the backplane reconnects by itself.
                o.Configuration.AbortOnConnectFail = false;
                o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("interviewpractice:rooms");
            });
        }
        // On the hubs' shared options: each hub's own options are copied from these (after anything set on them).
        services.AddOptions<HubOptions>()
            .Configure<IOptions<RoomsOptions>>((hub, rooms) => hub.MaximumReceiveMessageSize = rooms.Value.MaxMessageBytes);
        return services;
    }

    public static IEndpointRouteBuilder MapRooms(this IEndpointRouteBuilder app)
    {
        app.MapHub<RoomHub>("/hubs/room");
        var rooms = app.MapGroup("/api/rooms").WithTags("Rooms");
        rooms.MapPost("/", CreateAsync)
            .WithSummary("Create an interview room")
            .WithDescription("A problem, a list of problems or a problem set; interviewer-led or peer (two rounds, roles swap at half time). Returns one invite link per role (interviewer, candidate, observer; in peer mode the first two are the peers). Keep them: only their hashes are stored.");
        rooms.MapPost("/{room:guid}/invites/{invite:guid}/revoke", RevokeAsync)
            .WithSummary("Revoke an invite link")
            .WithDescription($"Needs the room's interviewer token in the {TokenHeader} header. Connections that came through the link are closed.");
        rooms.MapGet("/{room:guid}/replay", ReplayAsync)
            .WithSummary("A room's log, for the replay")
            .WithDescription($"Every entry with its time, from ?after= (default 0) on, at most ?limit= (default and most 5000). Needs one of the room's tokens in {TokenHeader}; private notes only for the interviewer's.");
        return app;
    }

    private static async Task<Results<Ok<RoomReplay>, ProblemHttpResult>> ReplayAsync(
        Guid room, long? after, int? limit, [FromHeader(Name = TokenHeader)] string? token, RoomService rooms, IOptions<RoomsOptions> options, CancellationToken ct)
    {
        var max = options.Value.MaxEventsPerJoin;
        var replay = string.IsNullOrEmpty(token) ? null : await rooms.ReplayAsync(room, token, Math.Max(0, after ?? 0), Math.Clamp(limit ?? max, 1, max), ct);
        return replay is { } found
            ? TypedResults.Ok(found)
            : Problem(StatusCodes.Status403Forbidden, "Not allowed", $"Send one of this room's tokens in {TokenHeader}.");
    }

    private static async Task<Results<Created<CreatedRoom>, ProblemHttpResult>> CreateAsync(
        CreateRoomRequest request, RoomService rooms, HttpContext http, CancellationToken ct)
    {
        if (request.Minutes is < 5 or > 180)
        {
            return Problem(StatusCodes.Status400BadRequest, "Bad length", "An interview lasts 5 to 180 minutes.");
        }
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        var (created, error) = await rooms.CreateAsync(request, token => $"{origin}/rooms/join#{token}", Accounts.AccountsSetup.UserId(http.User), ct);
        return created is null
            ? Problem(StatusCodes.Status400BadRequest, "Bad room", error!)
            : TypedResults.Created($"/api/rooms/{created.Id}", created);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        Guid room, Guid invite, [FromHeader(Name = TokenHeader)] string? token, RoomService rooms, CancellationToken ct) =>
        !string.IsNullOrEmpty(token) && await rooms.RevokeAsync(room, invite, token, ct)
            ? TypedResults.NoContent()
            : Problem(StatusCodes.Status403Forbidden, "Not allowed", $"Only the room's interviewer revokes its links: send the interviewer token in {TokenHeader}, for an invite of that room.");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status);
}
