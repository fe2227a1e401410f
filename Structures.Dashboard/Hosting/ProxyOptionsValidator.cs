using System.Net;
using Microsoft.Extensions.Options;

namespace Structures.Dashboard.Hosting;

internal sealed class ProxyOptionsValidator : IValidateOptions<ProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ProxyOptions options)
    {
        var failures = options.KnownProxies.Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => $"ForwardedHeaders:KnownProxies: '{p}' is not an IP address.")
            .Concat(options.KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _))
                .Select(n => $"ForwardedHeaders:KnownNetworks: '{n}' is not a network in CIDR notation (like 10.0.0.0/24)."))
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
