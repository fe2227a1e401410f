using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Eve;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Eve;

public sealed class EveUniverseTests() : AppTest(new Dictionary<string, string?>
{
    ["Simulation:CacheSeconds:sovereignty-map"] = "10",
}, fakeClock: true)
{
    [Fact]
    public async Task RefreshSovereignty_AsksEsiNoMore_UntilItsMapExpires()
    {
        var universe = Factory.Get<EveUniverse>();
        await universe.RefreshSovereigntyAsync(default);
        await InjectFaultAsync(new { target = "*", kind = "Status", status = 500, count = 1 });

        await universe.RefreshSovereigntyAsync(default);
        var faultsWhileFresh = await FaultsAsync();
        Clock.Advance(TimeSpan.FromSeconds(11));
        await universe.RefreshSovereigntyAsync(default);

        faultsWhileFresh.Should().Be(1, "the map was still fresh: ESI was not asked");
        (await FaultsAsync()).Should().Be(0, "once the map expired, ESI was asked again");
        await using var db = await DbAsync();
        (await db.EveSovereignty.CountAsync()).Should().BeGreaterThan(0, "the failed ask left the map that was written");
    }

    private async Task<int> FaultsAsync() => (await Http.GetFromJsonAsync<List<object>>("/sim/control/faults"))!.Count;
}
