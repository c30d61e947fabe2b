using InterviewPractice.Judging;
using InterviewPractice.Problems;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Hosting;
using InterviewPractice.Web.Problems;
using InterviewPractice.Web.Submissions;
using InterviewPractice.Web.Telemetry;

var builder = WebApplication.CreateBuilder(args);

// Content: problem folders, loaded at start and reloaded when they change.
builder.Services.AddProblems();

// Judging: submissions stored in the database (the queue), judged in sandbox containers.
builder.Services.AddData(builder.Configuration);
builder.Services.AddJudge();
builder.Services.AddSubmissions();

// HTTP: JSON, ProblemDetails, body limits, OpenAPI; pages. Traces and metrics (Prometheus, OTLP) when configured.
builder.AddWebDefaults();
builder.AddTelemetry();
builder.Services.AddRazorPages();

var app = builder.Build();

// `db migrate` (./interview db migrate): bring the configured database's schema up to date, then exit.
if (args is ["db", "migrate", ..])
{
    await app.MigrateDatabaseAsync();
    return;
}

app.UseTelemetry();
app.UseWebDefaults();

// API
app.MapProblems();
app.MapSets();
app.MapSubmissions();
app.MapHealth();

// Pages
app.MapRazorPages();

app.Run();

/// <summary>The web host's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
