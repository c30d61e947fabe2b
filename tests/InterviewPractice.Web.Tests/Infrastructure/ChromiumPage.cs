using Microsoft.Playwright;

namespace InterviewPractice.Web.Tests.Infrastructure;

/// <summary>One page in its own browser context, with every console error and uncaught exception it saw.</summary>
public sealed class ChromiumPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly string _test;
    private readonly List<string> _errors = [];

    internal ChromiumPage(IBrowserContext context, IPage page, string test)
    {
        _context = context;
        _test = test;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Record($"uncaught: {error}");
        page.RequestFailed += (_, request) => Record($"request failed: {request.Method} {request.Url} ({request.Failure})");
    }

    public IPage Page { get; }

    /// <summary>Navigates to a path relative to the app and returns the main response.</summary>
    public async Task<IResponse> GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        return response ?? throw new InvalidOperationException($"Navigating to {path} gave no response.");
    }

    /// <summary>Makes an account on the registration page, which signs this page in as it.</summary>
    public async Task RegisterAsync(string email, string name, string password = "practice flow password 1")
    {
        await GotoAsync("/account/register");
        await Page.GetByLabel("E-mail").FillAsync(email);
        await Page.GetByLabel("Name").FillAsync(name);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Make the account" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".site-header__account")).ToContainTextAsync(email);
    }

    /// <summary>Fails the test if the page logged an error, threw, or failed to load a resource.</summary>
    public void AssertNoErrors()
    {
        lock (_errors)
        {
            Assert.True(_errors.Count == 0, "The page reported errors:\n" + string.Join("\n", _errors));
        }
    }

    /// <summary>
    /// Closes the context; first, when INTERVIEW_SCREENSHOTS names a folder, saves the page as the test left it
    /// there, so a failure in CI (or a layout change) can be looked at.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("INTERVIEW_SCREENSHOTS") is { Length: > 0 } folder && !Page.IsClosed)
        {
            Directory.CreateDirectory(folder);
            await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, _test + ".png"), FullPage = true });
        }
        await _context.CloseAsync().WaitAsync(ChromiumFixture.StepTimeout);
    }

    private void Record(string error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }
    }
}
