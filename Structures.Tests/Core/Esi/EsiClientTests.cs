using System.Net.Http.Json;
using Structures.Core.Esi;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Esi;

public sealed class EsiClientTests() : AppTest(new Dictionary<string, string?>
{
    ["Simulation:ErrorLimit"] = "12",
    ["Simulation:PageSize"] = "7",
    ["Simulation:CacheSeconds:universe-type"] = "10",
    ["Simulation:CacheSeconds:sovereignty-map"] = "10",
}, fakeClock: true)
{
    private EsiClient Esi => Factory.Get<EsiClient>();

    [Fact]
    public async Task Get_IsNotAskedAgain_BeforeItExpires()
    {
        var first = await Esi.GetTypeAsync(35832, default);
        await InjectFaultAsync(new { target = "*", kind = "Status", status = 500, count = 1 });

        var second = await Esi.GetTypeAsync(35832, default);

        first.Outcome.Should().Be(EsiOutcome.Ok);
        first.Value!.Name.Should().Be("Astrahus");
        second.Outcome.Should().Be(EsiOutcome.NotModified);
        second.Value!.Name.Should().Be("Astrahus");
        (await Faults()).Should().Be(1, "the cached answer was used without calling ESI");
    }

    [Fact]
    public async Task Get_AfterExpiry_SendsTheEtag_AndA304KeepsTheValue()
    {
        var first = await Esi.GetTypeAsync(35832, default);
        Clock.Advance(TimeSpan.FromSeconds(11));

        var second = await Esi.GetTypeAsync(35832, default);

        second.Outcome.Should().Be(EsiOutcome.NotModified);
        second.Value.Should().Be(first.Value);
        second.ExpiresAt.Should().Be(Clock.GetUtcNow().UtcDateTime.AddSeconds(10));
    }

    [Fact]
    public async Task ErrorLimit_RunningLow_StopsAllCalls_UntilTheReset()
    {
        for (var id = 1; id <= 3; id++)
        {
            (await Esi.GetTypeAsync(id, default)).Outcome.Should().Be(EsiOutcome.NotFound);
        }

        await InjectFaultAsync(new { target = "*", kind = "Status", status = 500, count = 1 });
        var paused = await Esi.GetSystemAsync(30000474, default);
        var faultsWhilePaused = await Faults();
        Clock.Advance(TimeSpan.FromSeconds(60));
        await Http.DeleteAsync("/sim/control/faults");
        var resumed = await Esi.GetSystemAsync(30000474, default);

        paused.Outcome.Should().Be(EsiOutcome.ErrorLimited);
        paused.Error.Should().Contain("paused until");
        faultsWhilePaused.Should().Be(1, "no call reached ESI");
        resumed.Outcome.Should().Be(EsiOutcome.Ok);
    }

    [Fact]
    public async Task Error420_IsNeverRetried()
    {
        await InjectFaultAsync(new { target = "/sim/esi/universe/systems", kind = "ErrorLimited", count = 1 });
        await InjectFaultAsync(new { target = "/sim/esi/universe/systems", kind = "Status", status = 500, count = 1 });

        var result = await Esi.GetSystemAsync(30000474, default);

        result.Outcome.Should().Be(EsiOutcome.ErrorLimited);
        (await Faults()).Should().Be(1, "the second fault was never reached");
    }

    [Fact]
    public async Task Downtime502_IsRetried_WithBackOff()
    {
        await InjectFaultAsync(new { target = "/sim/esi/universe/systems", kind = "Status", status = 502, count = 2 });

        var result = await Esi.GetSystemAsync(30000474, default);

        result.Outcome.Should().Be(EsiOutcome.Ok);
        result.Value!.Name.Should().Be("1-PGSG");
    }

    [Fact]
    public async Task Downtime_ThatLasts_IsATypedFailure()
    {
        await InjectFaultAsync(new { target = "/sim/esi/universe/systems", kind = "Status", status = 503 });

        var result = await Esi.GetSystemAsync(30000474, default);

        result.Outcome.Should().Be(EsiOutcome.Unavailable);
        result.Error.Should().Contain("daily downtime");
    }

    [Fact]
    public async Task RateLimited429_PausesTheGroup_ForRetryAfter()
    {
        await InjectFaultAsync(new { target = "/sim/esi/sovereignty/map", kind = "RateLimited", retryAfterSeconds = 20, count = 1 });

        var limited = await Esi.GetSovereigntyMapAsync(default);
        var waiting = await Esi.GetSovereigntyMapAsync(default);
        Clock.Advance(TimeSpan.FromSeconds(21));
        var later = await Esi.GetSovereigntyMapAsync(default);

        limited.Outcome.Should().Be(EsiOutcome.RateLimited);
        waiting.Outcome.Should().Be(EsiOutcome.RateLimited);
        waiting.Error.Should().Contain("wait until");
        later.Outcome.Should().Be(EsiOutcome.Ok);
    }

    [Fact]
    public async Task Paged_WalksEveryPage()
    {
        var auth = new EsiAuth(90000001, await SignInAsync(90000001));

        var assets = await Esi.GetAssetsAsync(98000001, auth, default);
        var direct = await (await EsiGetAsync("/corporations/98000001/assets?page=1", auth.AccessToken)).Content.ReadFromJsonAsync<List<object>>();

        assets.Outcome.Should().Be(EsiOutcome.Ok);
        direct.Should().HaveCount(7);
        assets.Value!.Count.Should().BeGreaterThan(7 * 10);
        assets.Value.Select(a => a.ItemId).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Malformed_IsATypedFailure_AndNotCached()
    {
        await InjectFaultAsync(new { target = "/sim/esi/universe/systems", kind = "MalformedJson", count = 1 });

        var broken = await Esi.GetSystemAsync(30000474, default);
        var fixedAnswer = await Esi.GetSystemAsync(30000474, default);

        broken.Outcome.Should().Be(EsiOutcome.Malformed);
        fixedAnswer.Outcome.Should().Be(EsiOutcome.Ok);
    }

    [Fact]
    public async Task Forbidden_SaysWhatIsMissing()
    {
        var auth = new EsiAuth(90000003, await SignInAsync(90000003));

        var result = await Esi.GetStarbasesAsync(98000001, auth, default);

        result.Outcome.Should().Be(EsiOutcome.Forbidden);
        result.Error.Should().Be("The character does not have the corporation role ESI requires (Director or Station Manager).");
    }

    private async Task<int> Faults() => (await Http.GetFromJsonAsync<List<object>>("/sim/control/faults"))!.Count;
}
