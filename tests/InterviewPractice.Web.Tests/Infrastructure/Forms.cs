using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InterviewPractice.Web.Tests.Infrastructure;

/// <summary>Pages' forms posted as a browser posts them: the page first (its antiforgery token and cookie), then the fields with the token.</summary>
public static partial class Forms
{
    /// <summary>A client that keeps cookies and does not follow redirects, as a browser's form posts are checked.</summary>
    public static HttpClient Browser(TestApp app) => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Posts <paramref name="fields"/> to <paramref name="path"/> with the token of the form on <paramref name="page"/> (default: the same path).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string path, Dictionary<string, string> fields, string? page = null)
    {
        var form = await browser.GetStringAsync(page ?? path);
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryToken().Match(form).Groups[1].Value);
        using var content = new FormUrlEncodedContent(fields);
        return await browser.PostAsync(path, content);
    }

    /// <summary>Posts the log-in form; the page it answers with.</summary>
    public static async Task<string> LogInAsync(HttpClient browser, string email, string password) =>
        await (await PostAsync(browser, "/account/login", new() { ["Email"] = email, ["Password"] = password })).Content.ReadAsStringAsync();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
