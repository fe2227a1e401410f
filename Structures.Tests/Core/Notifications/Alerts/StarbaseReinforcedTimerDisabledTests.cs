namespace Structures.Tests.Core.Notifications.Alerts;

public sealed class StarbaseReinforcedTimerDisabledTests() : StarbaseReinforcedTimerTests("Structures:Timers:Enabled", "false")
{
    [Fact]
    public async Task Sync_ReinforcedStarbase_IsToldButNotTimed_WhenTimersAreOff()
    {
        var timers = await SyncReinforcedStarbaseAsync();

        timers.Should().BeEmpty("timers are switched off, as for the ones from notifications");
    }
}
