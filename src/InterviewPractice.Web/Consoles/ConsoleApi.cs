using InterviewPractice.Consoles;
using InterviewPractice.Problems;
using InterviewPractice.Web.Accounts;
using InterviewPractice.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Consoles;

/// <summary>
/// <c>POST /api/console</c>: one endpoint, four actions. <c>open</c> (with <see cref="Language"/>) starts a session;
/// <c>eval</c> (with <see cref="Session"/> and <see cref="Code"/>) evaluates a snippet in it; <c>reset</c> starts it
/// again with nothing defined; <c>close</c> ends it.
/// </summary>
/// <param name="Action"><c>open</c>, <c>eval</c>, <c>reset</c> or <c>close</c>.</param>
/// <param name="Language"><c>python</c>, <c>javascript</c> or <c>csharp</c> (open).</param>
/// <param name="Session">The id <c>open</c> answered (eval, reset, close).</param>
/// <param name="Code">The snippet (eval).</param>
public sealed record ConsoleRequest(string? Action, string? Language = null, string? Session = null, string? Code = null);

/// <summary>An open session: its id is what lets its client use it.</summary>
public sealed record ConsoleOpened(string Session, string Language);

/// <summary>
/// What a snippet gave, in the order shown: <see cref="Stdout"/>, then <see cref="Value"/> (the REPL's display of
/// the last expression; null when it shows none) or <see cref="Error"/> at <see cref="Line"/> of the snippet.
/// <see cref="Restarted"/> says why the session started again with nothing defined, when it did.
/// </summary>
public sealed record ConsoleEvaluated(string Session, string Stdout, string? Value, string? Error, int? Line, bool OutputLimit, string? Restarted, double Ms);

/// <summary>The console API: it answers on nodes that serve the API and run sandboxes (role all).</summary>
public static class ConsoleApi
{
    public static IEndpointRouteBuilder MapConsole(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/console", HandleAsync).WithTags("Console")
            .WithSummary("A REPL per language in a sandbox: {action: open, language} answers a session; {action: eval, session, code} evaluates a snippet after the earlier ones; reset starts it again; close ends it.");
        return app;
    }

    private static async Task<Results<Ok<ConsoleOpened>, Ok<ConsoleEvaluated>, NoContent, ProblemHttpResult>> HandleAsync(
        ConsoleRequest request, HttpContext http, IServiceProvider services, CancellationToken ct)
    {
        if (services.GetService<ConsoleSessions>() is not { } consoles)
        {
            return TypedResults.Problem(title: "No console here", detail: "This node runs no sandboxes (role web): consoles are served by nodes with role all.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        var owner = AccountsSetup.UserId(http.User) is { } user ? $"user:{user}" : $"client:{ClientKey.Of(http)}";
        try
        {
            switch (request.Action)
            {
                case "open":
                    if (!Languages.TryParse(request.Language, out var language))
                    {
                        return BadRequest("Unknown language", $"'language' is one of {string.Join(", ", Languages.All.Select(l => l.Id()))}; got '{request.Language}'.");
                    }
                    var opened = await consoles.OpenAsync(language, owner, ct);
                    return TypedResults.Ok(new ConsoleOpened(opened.Id, language.Id()));
                case "eval" or "reset" or "close":
                    if (request.Session is null || consoles.Find(request.Session, owner) is not { } session)
                    {
                        return TypedResults.Problem(title: "Unknown console session",
                            detail: $"There is no open console session '{request.Session}' of yours: it was closed, or idle too long. Open another with {{\"action\": \"open\"}}.",
                            statusCode: StatusCodes.Status404NotFound);
                    }
                    return request.Action switch
                    {
                        "eval" => await EvaluateAsync(consoles, session, request.Code, services.GetRequiredService<IOptions<ConsoleOptions>>().Value, ct),
                        "reset" => await ResetAsync(consoles, session, ct),
                        _ => Close(consoles, session),
                    };
                default:
                    return BadRequest("Unknown action", $"'action' is open, eval, reset or close; got '{request.Action}'.");
            }
        }
        catch (ConsoleUnavailableException e)
        {
            return TypedResults.Problem(title: e.Full ? "Consoles full" : "Console unavailable", detail: e.Message,
                statusCode: e.Full ? StatusCodes.Status429TooManyRequests : StatusCodes.Status503ServiceUnavailable);
        }
        catch (ObjectDisposedException)
        {
            return TypedResults.Problem(title: "Console session closed", detail: "The session was closed while this request waited for it.", statusCode: StatusCodes.Status404NotFound);
        }
    }

    private static async Task<Results<Ok<ConsoleOpened>, Ok<ConsoleEvaluated>, NoContent, ProblemHttpResult>> EvaluateAsync(
        ConsoleSessions consoles, ConsoleSession session, string? code, ConsoleOptions options, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return BadRequest("No code", "'code' is the snippet to evaluate.");
        }
        if (code.Length > options.MaxCodeLength)
        {
            return TypedResults.Problem(title: "Snippet too long", detail: $"A snippet has at most {options.MaxCodeLength} characters; this one has {code.Length}.",
                statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        // Not the request's token: a client that leaves mid-snippet would leave the session's container answering a
        // snippet nobody reads; the evaluation is bounded by Console:EvalTimeout anyway.
        var output = await consoles.EvaluateAsync(session, code, CancellationToken.None);
        return TypedResults.Ok(new ConsoleEvaluated(session.Id, output.Stdout, output.Value, output.Error, output.Line, output.OutputLimit, output.Restarted, Math.Round(output.Ms, 1)));
    }

    private static async Task<Results<Ok<ConsoleOpened>, Ok<ConsoleEvaluated>, NoContent, ProblemHttpResult>> ResetAsync(ConsoleSessions consoles, ConsoleSession session, CancellationToken ct)
    {
        await consoles.ResetAsync(session, ct);
        return TypedResults.Ok(new ConsoleOpened(session.Id, session.Language.Id()));
    }

    private static NoContent Close(ConsoleSessions consoles, ConsoleSession session)
    {
        consoles.Close(session);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult BadRequest(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
