namespace Structures.Tests.Core.Notifications.Alerts;

public sealed class StarbaseReinforcedTimerCorpRestrictedTests() : StarbaseReinforcedTimerTests("Structures:Timers:CorpRestricted", "true")
{
    [Fact]
    public async Task Sync_ReinforcedStarbase_TimerIsCorpRestricted_AsTheSettingSays()
    {
        var timers = await SyncReinforcedStarbaseAsync();

        timers.Should().ContainSingle().Which.IsCorpRestricted.Should().BeTrue("timers are corporation-restricted, as the ones from notifications");
    }
}
