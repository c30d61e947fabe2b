using System.Net;
using System.Net.Sockets;

namespace InterviewPractice.Web.Hosting;

/// <summary>
/// Who a client is, for every per-client limit and for the stored <c>ClientId</c>: the remote address (after
/// <see cref="ClientAddresses"/> has applied a trusted proxy's <c>X-Forwarded-For</c>). IPv6 clients are
/// bucketed by their /64, because one host usually holds a whole /64 and could otherwise rotate addresses
/// to escape every limit; an IPv4-mapped IPv6 address is its IPv4 address.
/// </summary>
public static class ClientKey
{
    /// <summary>The key of a request with no remote address (an in-memory test server).</summary>
    public const string Unknown = "unknown";

    public static string Of(HttpContext http) => Of(http.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes) + "/64";
    }
}
