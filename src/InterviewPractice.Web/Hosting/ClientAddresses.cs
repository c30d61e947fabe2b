using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Hosting;

/// <summary>Which reverse proxies may say who the client is. Section <c>Web</c>.</summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>
    /// Addresses (<c>10.0.0.5</c>) or networks (<c>10.0.0.0/8</c>) of reverse proxies whose <c>X-Forwarded-For</c>
    /// is believed. Empty (the default): the header is ignored and the client is the connection's address.
    /// </summary>
    public string[] ForwardedProxies { get; set; } = [];
}

/// <summary>The client's address: the connection's, or a configured proxy's <c>X-Forwarded-For</c>.</summary>
public static class ClientAddresses
{
    public static IServiceCollection AddClientAddresses(this IServiceCollection services)
    {
        services.AddOptions<WebOptions>().BindConfiguration(WebOptions.Section)
            .Validate(o => o.ForwardedProxies.All(p => IPAddress.TryParse(p, out _) || IPNetwork.TryParse(p, out _)),
                "Web:ForwardedProxies holds addresses (10.0.0.5) or networks (10.0.0.0/8) only")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<WebOptions>>((forwarded, web) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            // ASP.NET Core trusts loopback by default; only the configured proxies are trusted here.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in web.Value.ForwardedProxies)
            {
                if (IPAddress.TryParse(proxy, out var address))
                {
                    forwarded.KnownProxies.Add(address);
                }
                else
                {
                    forwarded.KnownIPNetworks.Add(IPNetwork.Parse(proxy));
                }
            }
            // Walk back through a chain of trusted proxies; the first untrusted hop is the client.
            forwarded.ForwardLimit = null;
        });
        return services;
    }

    public static WebApplication UseClientAddresses(this WebApplication app)
    {
        // With no known proxy at all the middleware believes every sender, so it runs only when some are configured.
        if (app.Services.GetRequiredService<IOptions<WebOptions>>().Value.ForwardedProxies.Length > 0)
        {
            app.UseForwardedHeaders();
        }
        return app;
    }
}
