using Microsoft.AspNetCore.Diagnostics;

namespace InterviewPractice.Web.Hosting;

/// <summary>
/// Turns the framework's bad-request exceptions (malformed JSON, a body over Kestrel's limit) into the
/// ProblemDetails of their own status code, instead of a 500: they are the client's mistake, not the server's.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Bad request",
                // The framework's message names what could not be read (e.g. the JSON body and where it broke).
                Detail = bad.InnerException?.Message ?? bad.Message,
            },
        });
    }
}
