using System.Net;

namespace Structures.Tests.Infrastructure;

// Tests never reach the real Discord: a webhook URL of discord.com, as the form checks use, is answered as a Discord
// out of reach. The simulated Discord, on loopback, is called as usual.
internal sealed class LoopbackOnlyHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { IsLoopback: true })
        {
            return base.SendAsync(request, cancellationToken);
        }

        throw new HttpRequestException($"Tests stay off the network: {request.RequestUri?.Host} was not called.", null, HttpStatusCode.ServiceUnavailable);
    }
}
