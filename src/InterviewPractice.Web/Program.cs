using InterviewPractice.Problems;
using InterviewPractice.Web.Hosting;
using InterviewPractice.Web.Problems;

var builder = WebApplication.CreateBuilder(args);

// Content: problem folders, loaded at start and reloaded when they change.
builder.Services.AddProblems();

// HTTP: JSON, ProblemDetails, body limits, OpenAPI; pages.
builder.AddWebDefaults();
builder.Services.AddRazorPages();

var app = builder.Build();

app.UseWebDefaults();

// API
app.MapProblems();
app.MapSets();
app.MapHealth();

// Pages
app.MapRazorPages();

app.Run();

/// <summary>The web host's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
