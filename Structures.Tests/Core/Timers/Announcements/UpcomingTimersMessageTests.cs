using Microsoft.Extensions.Localization;
using Structures.Core.Discord;
using Structures.Core.Timers;
using Structures.Core.Timers.Announcements;
using Structures.Tests.Infrastructure;
using Structures.Core.Webhooks;

namespace Structures.Tests.Core.Timers.Announcements;

public sealed class UpcomingTimersMessageTests
{
    private static readonly IStringLocalizer Words = ResourceWords.For<TimerWords>();

    private static readonly DateTime Start = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

    private static AnnouncedTimer Timer(int id, string name, int hours) =>
        new(id, 98000001, TimerKind.Armor, TimerCategory.Upwell, Start.AddHours(hours), name, "1-PGSG", "Catch", "Wayne Enterprises", false);

    [Fact]
    public void Build_ListsTheTimersInOrder_OneLineEach()
    {
        var message = UpcomingTimersMessage.Build([Timer(1, "Arkham Outpost", 2), Timer(2, "Gotham Keepstar", 30)], setAvatar: false, Words);

        var lines = message.Embeds.Single().Description!.Split('\n');
        lines.Should().HaveCount(2);
        lines[0].Should().Be("`Armor` **Arkham Outpost** in [1-PGSG](https://evemaps.dotlan.net/system/1-PGSG) (Catch) · Wayne Enterprises · **2026.12.01 02:00** EVE · <t:1796090400:f> (<t:1796090400:R>)");
        lines[1].Should().StartWith("`Armor` **Gotham Keepstar**");
        message.Content.Should().BeNull("a list pings nobody");
    }

    [Fact]
    public void Build_NoTimers_SaysSo()
    {
        UpcomingTimersMessage.Build([], setAvatar: false, Words).Embeds.Single().Description.Should().Be("No timers in the next 48 hours.");
    }

    [Fact]
    public void Build_MoreThanItShows_CountsTheRest_WithinDiscordsLimits()
    {
        var timers = Enumerable.Range(1, 30).Select(i => Timer(i, new string('N', 200) + i, i)).ToList();

        var embed = UpcomingTimersMessage.Build(timers, setAvatar: false, Words).Embeds.Single();

        var lines = embed.Description!.Split('\n');
        lines.Length.Should().BeLessThanOrEqualTo(UpcomingTimersMessage.MaxTimers + 1);
        lines[^1].Should().Be($"… and {30 - (lines.Length - 1)} more.");
        embed.Description.Length.Should().BeLessThanOrEqualTo(DiscordLimits.Description);
        DiscordLimits.Clamp(new DiscordMessage { Embeds = [embed] }).Embeds.Single().Should().BeEquivalentTo(embed, "nothing needs cutting");
    }

    [Fact]
    public void Build_SameTimersLater_GivesTheSamePayload_SoNothingIsEdited()
    {
        var timers = new[] { Timer(1, "Arkham Outpost", 2) };

        OutboxPayload.Write(UpcomingTimersMessage.Build(timers, false, Words)).Should().Be(OutboxPayload.Write(UpcomingTimersMessage.Build(timers, false, Words)));
        OutboxPayload.Write(UpcomingTimersMessage.Build(timers, false, Words))
            .Should().NotBe(OutboxPayload.Write(UpcomingTimersMessage.Build([timers[0] with { EndsAt = timers[0].EndsAt.AddMinutes(1) }], false, Words)));
    }
}
