using Structures.Core.Timers;
using Structures.Core.Timers.Announcements;

namespace Structures.Tests.Core.Timers.Announcements;

public sealed class TimerAudienceTests
{
    private static readonly AnnouncedTimer Owned = new(1, 98000001, TimerKind.Armor, TimerCategory.Upwell, DateTime.UnixEpoch, "Arkham Outpost", "1-PGSG", null, "Wayne Enterprises", false);

    private static readonly AnnouncingWebhook Ops = new(1, "ops", new HashSet<long> { 98000001 }, new HashSet<string> { "StructureLostArmor" }, [], false, true);

    [Fact]
    public void Takes_OwnersTimerOfAForwardedCategory_IsTaken()
    {
        TimerAudience.Takes(Ops, Owned).Should().BeTrue();
    }

    [Fact]
    public void Takes_TimerOfAnotherOwner_IsNotTaken()
    {
        TimerAudience.Takes(Ops, Owned with { OwnerId = 98000002 }).Should().BeFalse();
    }

    [Fact]
    public void Takes_CategoryWhoseTypesTheWebhookDoesNotForward_IsNotTaken()
    {
        TimerAudience.Takes(Ops, Owned with { Category = TimerCategory.MoonMining, Kind = TimerKind.MoonExtraction }).Should().BeFalse();
        TimerAudience.Takes(Ops with { Types = new HashSet<string> { "MoonminingExtractionStarted" } }, Owned with { Category = TimerCategory.MoonMining }).Should().BeTrue();
    }

    [Fact]
    public void Takes_CorporationRestrictedTimer_OnlyByItsOwnersWebhooks()
    {
        var restricted = Owned with { IsCorpRestricted = true };

        TimerAudience.Takes(Ops, restricted).Should().BeTrue();
        TimerAudience.Takes(Ops with { OwnerIds = new HashSet<long> { 98000002 }, TakesManualTimers = true }, restricted).Should().BeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0L)]
    public void Takes_TimerWithoutOwner_OnlyByWebhooksTakingManualTimers(long? ownerId)
    {
        var manual = Owned with { OwnerId = ownerId, OwnerName = "" };

        TimerAudience.Takes(Ops, manual).Should().BeFalse();
        TimerAudience.Takes(Ops with { TakesManualTimers = true }, manual).Should().BeTrue();
        TimerAudience.Takes(Ops with { TakesManualTimers = true }, manual with { IsCorpRestricted = true }).Should().BeFalse();
    }
}
