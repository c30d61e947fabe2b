using InterviewPractice.Judging;
using InterviewPractice.Problems;
using InterviewPractice.Web.Accounts;
using InterviewPractice.Web.Consoles;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Drafts;
using InterviewPractice.Web.Hosting;
using InterviewPractice.Web.Problems;
using InterviewPractice.Web.Rooms;
using InterviewPractice.Web.Submissions;
using InterviewPractice.Web.Telemetry;

var builder = WebApplication.CreateBuilder(args);

// Role (--role web|judge|all, default all): web serves pages and the API and has no Docker client at all;
// judge runs the workers, holds the Docker socket and serves only /health.
var role = builder.AddRole();

// Content: problem folders, loaded at start and reloaded when they change.
builder.Services.AddProblems();

// Submissions: stored in the database (the queue); their events reach every node (Redis when configured).
builder.Services.AddData(builder.Configuration);
builder.Services.AddSubmissions(builder.Configuration);

// Judging: sandbox containers and the workers that claim from the queue.
if (role.Judges)
{
    builder.Services.AddJudge();
    builder.Services.AddJudgeWorkers();
}

// HTTP: JSON, ProblemDetails, body limits, OpenAPI; pages. Traces and metrics (Prometheus, OTLP) when configured.
builder.AddWebDefaults();
builder.AddTelemetry();
if (role.Serves)
{
    builder.Services.AddRazorPages();

    // Accounts: Identity on the app's database, cookie sign-in, lockout, throttled log-ins, roles.
    builder.Services.AddAccounts(builder.Configuration);

    // Mock assessments: problems drawn per student, the server's timer, drafts submitted when it runs out.
    builder.Services.AddSingleton<InterviewPractice.Web.Assessments.AssessmentService>();
    builder.Services.AddHostedService<InterviewPractice.Web.Assessments.AssessmentCloser>();

    // Cohorts: instructors' classes, joined by invite link, given problem sets with deadlines, and their results.
    builder.Services.AddSingleton<InterviewPractice.Web.Cohorts.CohortService>();

    // Live interview rooms: invite links, the room hub (shared editor, chat, timer), the durable room log.
    builder.Services.AddRooms(builder.Configuration);
}

var app = builder.Build();

// `db migrate` (./interview db migrate): bring the configured database's schema up to date, then exit.
if (args is ["db", "migrate", ..])
{
    await app.MigrateDatabaseAsync();
    return;
}

// `user add EMAIL --role ROLE` (./interview user add): an account, for the first instructors and admins.
if (args is ["user", ..])
{
    Environment.ExitCode = await app.RunUserCommandAsync(args);
    return;
}

app.UseTelemetry();
app.UseWebDefaults();
app.MapHealth();

if (role.Serves)
{
    app.UseSiteAssets();
    app.UseAuthentication();
    app.UseAuthorization();

    // API
    app.MapProblems();
    app.MapSets();
    app.MapSubmissions();
    app.MapRooms();
    app.MapDrafts();
    app.MapConsole();

    // Pages
    app.MapRazorPages();
}

app.Run();

/// <summary>The web host's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
