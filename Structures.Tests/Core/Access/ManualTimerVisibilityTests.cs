using System.Globalization;
using Structures.Core.Access;
using Structures.Core.Timers;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Access;

// Bad Dude (Bad Company) enters two hostile timers: one for everyone, one for his corporation only. Manual timers belong
// to no owner, so they are shown by who may see timers at all, and a restricted one by the creator's corporation.
public sealed class ManualTimerVisibilityTests : AppTest
{
    private const long BadDude = 90000006;
    private const long Nygma = 90000008;
    private const long Alfred = 90000003;
    private const long Stranger = 90000010;

    public override async Task InitializeAsync()
    {
        await AddOwnerAsync(90000001);
        await AddOwnerAsync(BadDude);
        await SyncAsync(98000001);
        await SyncAsync(98000003);
        await GrantAsync(Permission.AddManualTimers, GranteeKind.Character, BadDude);
        var badDude = await SignedInViewerAsync(BadDude);
        var endsAt = Factory.Get<TimeProvider>().GetUtcNow().UtcDateTime.AddDays(2).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        foreach (var (name, restricted) in new[] { ("Open hostile", false), ("Corp hostile", true) })
        {
            var result = await Factory.Get<ManualTimers>().AddAsync(badDude, new ManualTimerForm
            {
                Kind = TimerKind.Final, System = "1-PGSG", StructureName = name, EndsAt = endsAt, IsCorpRestricted = restricted,
            }, default);
            result.Succeeded.Should().BeTrue(result.Message);
        }
    }

    [Theory]
    [InlineData(BadDude, new[] { "Open hostile", "Corp hostile" })]
    [InlineData(Nygma, new[] { "Open hostile", "Corp hostile" })]
    [InlineData(Alfred, new[] { "Open hostile" })]
    [InlineData(Stranger, new string[0])]
    public async Task ManualTimers_AreShown_ToWhoMaySeeThem(long characterId, string[] expected)
    {
        var viewer = await SignedInViewerAsync(characterId);

        var rows = await Factory.Get<TimerBoard>().UpcomingForAsync(viewer, default);

        rows.Where(r => r.Source == TimerSource.Manual).Select(r => r.StructureName).Should().BeEquivalentTo(expected);
    }

    [Fact]
    public async Task ARestrictedManualTimer_IsNotOnAnotherCorporationsPage()
    {
        using var alfred = await SignedInClientAsync(Alfred);

        var html = await alfred.GetStringAsync("/timers");

        html.Should().Contain("Open hostile").And.NotContain("Corp hostile");
    }
}
