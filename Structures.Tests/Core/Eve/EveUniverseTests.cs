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

    [Fact]
    public async Task Ensure_OfWhatIsKnown_DoesNotWaitForAnotherThatIsAskingEsi()
    {
        var universe = Factory.Get<EveUniverse>();
        await universe.EnsureAsync([Astrahus], [], [], default);
        await InjectFaultAsync(new { target = "/sim/esi/universe/types", kind = "Timeout", count = 1 });
        using var stuck = new CancellationTokenSource();
        var asking = universe.EnsureAsync([Fortizar], [], [], stuck.Token);
        while (await FaultsAsync() > 0 && !asking.IsCompleted)
        {
            await Task.Yield();
        }

        var known = universe.EnsureAsync([Astrahus], [], [], default);
        var first = await Task.WhenAny(known, asking);
        await stuck.CancelAsync();

        first.Should().BeSameAs(known, "the type was known: nothing had to wait for the writer stuck on ESI");
        await known;
        await FluentActions.Awaiting(() => asking).Should().ThrowAsync<OperationCanceledException>();
        await using var db = await DbAsync();
        (await db.EveTypes.AnyAsync(t => t.Id == Fortizar)).Should().BeFalse();
    }

    private const long Astrahus = 35832;
    private const long Fortizar = 35833;

    private async Task<int> FaultsAsync() => (await Http.GetFromJsonAsync<List<object>>("/sim/control/faults"))!.Count;
}
