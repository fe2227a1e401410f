namespace Structures.Dashboard.Hosting;

// The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto headers are believed. Empty lists keep
// ASP.NET Core's default: a proxy on this machine (loopback) only.
public sealed class ProxyOptions
{
    public const string SectionName = "ForwardedHeaders";

    // IP addresses, e.g. ["10.0.0.5"].
    public List<string> KnownProxies { get; set; } = [];

    // Networks in CIDR notation, e.g. ["10.0.0.0/24"].
    public List<string> KnownNetworks { get; set; } = [];
}
