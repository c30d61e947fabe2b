using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace InterviewPractice.Web.Tests.Infrastructure;

/// <summary>
/// The real app (<see cref="TestApp"/>: the repository's problems/ folder, a database of its own) on Kestrel at a
/// free 127.0.0.1 port, and a headless Chromium to drive it. A browser needs a real socket, not TestServer.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>The bound on every step that has no timeout of its own (starting, launching, closing).</summary>
    public static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(60);

    private TestApp? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The app the browser talks to.</summary>
    public TestApp App => _app ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var chromium = ChromiumPath();

        _app = new TestApp().OnKestrel();
        // StartServer blocks while the host starts (and loads every problem): keep it off the test thread's
        // context and bounded.
        await Task.Run(_app.StartServer).WaitAsync(StepTimeout);
        var addresses = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.Single().TrimEnd('/') + "/");

        _playwright = await Playwright.CreateAsync().WaitAsync(StepTimeout);
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Timeout = (float)StepTimeout.TotalMilliseconds,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        }).WaitAsync(StepTimeout);
        Assertions.SetDefaultExpectTimeout(10_000);
    }

    /// <summary>A fresh browser context (no shared cookies or storage) and page, recording console errors.</summary>
    public async Task<ChromiumPage> OpenPageAsync([CallerMemberName] string test = "")
    {
        var browser = _browser ?? throw new InvalidOperationException("The fixture has not started.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString() }).WaitAsync(StepTimeout);
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(20_000);
        var page = await context.NewPageAsync().WaitAsync(StepTimeout);
        return new ChromiumPage(context, page, test);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync().WaitAsync(StepTimeout);
        }
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync().AsTask().WaitAsync(StepTimeout);
        }
    }

    // A missing browser fails the run rather than skipping it: a skipped UI test reads as a passing one.
    private static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable("INTERVIEW_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {path}. The browser tests need it: run ./interview test, which installs it, " +
                "or set INTERVIEW_CHROMIUM to a Chromium executable.");
        }
        return path;
    }
}
