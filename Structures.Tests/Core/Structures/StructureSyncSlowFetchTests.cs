using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Structures.Core.Esi;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Structures;

// ESI takes its answers while the sync fetches them, seconds after the sync began, as on a busy install or when ESI's
// cache turns over at the request: the asset list is dated two seconds into the fetch.
public sealed class StructureSyncSlowFetchTests : AppTest
{
    private const long Wayne = 98000001;
    private readonly DbCommandLog _commands;

    public StructureSyncSlowFetchTests()
        : this(new DbCommandLog())
    {
    }

    private StructureSyncSlowFetchTests(DbCommandLog commands)
        : base(new Dictionary<string, string?> { ["Simulation:CacheScale"] = "0.01" }, fakeClock: true, services: services =>
        {
            commands.AddTo(services);
            services.AddHttpClient(EsiClient.HttpClientName)
                .AddHttpMessageHandler(provider => new SlowAssets((FakeTimeProvider)provider.GetRequiredService<TimeProvider>()));
        }) =>
        _commands = commands;

    [Fact]
    public async Task Resync_AfterAFirstSyncWhoseAnswersEsiTookWhileItFetched_LoadsNoStructureRow()
    {
        await AddOwnerAsync(90000001);
        (await SyncAsync(Wayne)).Complete.Should().BeTrue();
        Clock.Advance(TimeSpan.FromMinutes(10));
        _commands.Clear();

        var result = await SyncAsync(Wayne);

        result.Complete.Should().BeTrue(result.Error);
        _commands.Touching("JOIN \"StructureItems\"").Should().BeEmpty("the answers are those the first sync applied, though ESI dated them after it began");
    }

    private sealed class SlowAssets(FakeTimeProvider clock) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath.EndsWith("/assets", StringComparison.Ordinal))
            {
                clock.Advance(TimeSpan.FromSeconds(2));
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
