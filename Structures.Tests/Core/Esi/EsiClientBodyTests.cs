using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Esi;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Esi;

// What the client keeps of an answer's body: only one it could read.
public sealed class EsiClientBodyTests() : AppTest(new Dictionary<string, string?>
{
    ["Simulation:CacheSeconds:universe-type"] = "10",
}, fakeClock: true, services: services => services.AddHttpClient(EsiClient.HttpClientName)
    .AddHttpMessageHandler(() => new WrongShapeOnce("/universe/types/35832")))
{
    [Fact]
    public async Task Get_JsonOfTheWrongShape_IsNotCached_SoTheNextCallAsksAgain()
    {
        var esi = Factory.Get<EsiClient>();

        var wrong = await esi.GetTypeAsync(35832, default);
        var next = await esi.GetTypeAsync(35832, default);

        wrong.Outcome.Should().Be(EsiOutcome.Malformed);
        next.Outcome.Should().Be(EsiOutcome.Ok, "the unreadable answer was not kept for its 10 s");
        next.Value!.Name.Should().Be("Astrahus");
    }

    // ESI's first answer on the path is valid JSON that is not the resource: an array where an object belongs.
    private sealed class WrongShapeOnce(string path) : DelegatingHandler
    {
        private int _answers;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.OK && request.RequestUri!.AbsolutePath.EndsWith(path, StringComparison.Ordinal)
                && Interlocked.Increment(ref _answers) == 1)
            {
                var headers = response.Content.Headers;
                var wrong = new StringContent("[]", Encoding.UTF8, "application/json");
                wrong.Headers.Expires = headers.Expires;
                wrong.Headers.LastModified = headers.LastModified;
                response.Content = wrong;
            }

            return response;
        }
    }
}
