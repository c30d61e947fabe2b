using System.Diagnostics;
using System.Text.Json.Serialization;

namespace InterviewPractice.Web.Hosting;

/// <summary>HTTP plumbing every endpoint relies on: JSON, ProblemDetails, limits, OpenAPI, timing.</summary>
public static class WebDefaults
{
    /// <summary>The largest request body accepted anywhere; endpoints set smaller limits of their own.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddWebDefaults(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddClientAddresses();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddOpenApi();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            k.AddServerHeader = false;
        });
        return builder;
    }

    public static WebApplication UseWebDefaults(this WebApplication app)
    {
        app.UseClientAddresses();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(ServerTiming);
        app.Use(RejectOversizedBodies);
        app.UseRateLimiter();
        return app;
    }

    /// <summary>The front end's files and the OpenAPI document: nodes that serve the site only.</summary>
    public static WebApplication UseSiteAssets(this WebApplication app)
    {
        app.UseStaticFiles();
        app.MapOpenApi();
        return app;
    }

    // Kestrel enforces the limit while reading; a declared length past it is answered at once, with a
    // ProblemDetails body, before anything is read (and the same happens under the test server).
    private static Task RejectOversizedBodies(HttpContext context, RequestDelegate next)
    {
        if (context.Request.ContentLength > MaxRequestBodyBytes)
        {
            return Results.Problem(
                title: "Request too large",
                detail: $"The body is larger than {MaxRequestBodyBytes / 1024} KiB.",
                statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
        }
        return next(context);
    }

    // Server-Timing lets the page benchmark (and browsers' dev tools) read the server's own time per request,
    // free of network and client noise.
    private static Task ServerTiming(HttpContext context, RequestDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            context.Response.Headers["Server-Timing"] = $"app;dur={ms.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
