using Microsoft.Extensions.Localization;
using Structures.Core.Timers;
using Structures.Core.Timers.Announcements;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Timers.Announcements;

public sealed class ReminderMessageTests
{
    private static readonly IStringLocalizer Words = ResourceWords.For<TimerWords>();

    private static readonly DateTime End = new(2026, 12, 1, 5, 1, 0, DateTimeKind.Utc);

    private static readonly DueReminder Reminder = new(
        new AnnouncedTimer(1, 98000001, TimerKind.Hull, TimerCategory.Upwell, End, "Arkham *Outpost*", "1-PGSG", "Catch", "Wayne Enterprises", false),
        new AnnouncingWebhook(1, "ops", new HashSet<long>(), new HashSet<string>(), [TimeSpan.FromMinutes(15)], false, false, true, ["123456789012345678"]),
        TimeSpan.FromMinutes(15));

    [Fact]
    public void Build_TellsWhatEndsWhereAndWhen()
    {
        var message = ReminderMessage.Build(Reminder, End.AddMinutes(-14), setAvatar: false, Words);

        var embed = message.Embeds.Should().ContainSingle().Subject;
        embed.Title.Should().Be("Hull timer in 14m");
        embed.Description.Should().Be(
            "**Arkham \\*Outpost\\*** in [1-PGSG](https://evemaps.dotlan.net/system/1-PGSG) (Catch) · Wayne Enterprises\nends **2026.12.01 05:01** EVE · <t:1796101260:f> (<t:1796101260:R>).");
        embed.Fields.Should().ContainSingle().Which.Value.Should().Be("15m before the timer");
    }

    [Fact]
    public void Build_PingsHereAndTheWebhooksRoles_WhenDefaultPingsAreOn()
    {
        var message = ReminderMessage.Build(Reminder, End.AddMinutes(-15), setAvatar: false, Words);

        message.Content.Should().Be("@here <@&123456789012345678>");
        message.AllowedMentions.Parse.Should().Equal("everyone");
        message.AllowedMentions.Roles.Should().Equal("123456789012345678");
    }

    [Fact]
    public void Build_OwnerWithoutDefaultPings_MentionsOnlyTheRoles()
    {
        var quiet = Reminder with { Timer = Reminder.Timer with { OwnerAllowsPings = false } };

        var message = ReminderMessage.Build(quiet, End.AddMinutes(-15), setAvatar: false, Words);

        message.Content.Should().Be("<@&123456789012345678>");
        message.AllowedMentions.Parse.Should().BeEmpty();
    }
}
