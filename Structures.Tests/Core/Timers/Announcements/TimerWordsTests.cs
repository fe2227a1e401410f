using System.Globalization;
using Microsoft.Extensions.Logging.Testing;
using Structures.Core.Discord;
using Structures.Core.Eve;
using Structures.Core.Notifications.Rendering;
using Structures.Core.Timers;
using Structures.Core.Timers.Announcements;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Timers.Announcements;

// Reminders and the upcoming-timers message in every language a webhook can choose.
public sealed class TimerWordsTests
{
    private static readonly DateTime End = new(2026, 12, 1, 5, 1, 0, DateTimeKind.Utc);

    private static readonly DueReminder Reminder = new(
        new AnnouncedTimer(1, 98000001, TimerKind.MoonExtraction, TimerCategory.MoonMining, End, "Arkham Outpost", "1-PGSG", "Catch", "Wayne Enterprises", false),
        new AnnouncingWebhook(1, "ops", new HashSet<long>(), new HashSet<string>(), [TimeSpan.FromMinutes(15)], false, true),
        TimeSpan.FromMinutes(15));

    public static TheoryData<string> Languages() => [.. NotificationLanguage.Choices];

    [Fact]
    public void Reminder_InGerman_WritesItsDurationsInGermanUnits()
    {
        var embed = NotificationLanguage.Render(CultureInfo.GetCultureInfo("de"), () =>
            ReminderMessage.Build(Reminder, End.AddMinutes(-14), setAvatar: false, ResourceWords.For<TimerWords>(), ResourceWords.For<TimeWords>()).Embeds.Single());

        embed.Title.Should().Contain("14 Min.").And.NotContain("14m");
        embed.Fields.Single().Value.Should().Be("15 Min. vor dem Timer");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Messages_InEachLanguage_WriteEveryWord(string language)
    {
        var logger = new FakeLogger();
        var words = ResourceWords.For<TimerWords>(logger);

        var (reminder, upcoming) = NotificationLanguage.Render(CultureInfo.GetCultureInfo(language), () => (
            ReminderMessage.Build(Reminder, End.AddMinutes(-14), setAvatar: false, words).Embeds.Single(),
            UpcomingTimersMessage.Build([Reminder.Timer], setAvatar: false, words).Embeds.Single()));

        foreach (var text in Texts(reminder).Concat(Texts(upcoming)))
        {
            text.Should().NotContainAny("{0}", "{1}", "Kind.", "Reminder.", "Upcoming.");
        }

        reminder.Description.Should().Contain("**Arkham Outpost**").And.Contain("[1-PGSG](https://evemaps.dotlan.net/system/1-PGSG)").And.Contain("<t:1796101260:R>");
        upcoming.Description.Should().Contain("**Arkham Outpost**").And.Contain("**2026.12.01 05:01** EVE");
        logger.Collector.Count.Should().Be(0);
    }

    [Theory]
    [InlineData("en", "Moon extraction timer in 14m", "Upcoming timers, next 48 hours")]
    [InlineData("de", "Mondextraktion-Timer in 14m", "Anstehende Timer, nächste 48 Stunden")]
    [InlineData("fr", "Timer Extraction lunaire dans 14m", "Timers à venir, 48 prochaines heures")]
    [InlineData("ru", "Таймер «Извлечение на спутнике» через 14m", "Ближайшие таймеры, следующие 48 часов")]
    public void Titles_AreWrittenInTheLanguage(string language, string reminderTitle, string upcomingTitle)
    {
        var words = ResourceWords.For<TimerWords>();

        var (reminder, upcoming) = NotificationLanguage.Render(CultureInfo.GetCultureInfo(language), () => (
            ReminderMessage.Build(Reminder, End.AddMinutes(-14), setAvatar: false, words).Embeds.Single(),
            UpcomingTimersMessage.Build([], setAvatar: false, words).Embeds.Single()));

        reminder.Title.Should().Be(reminderTitle);
        upcoming.Title.Should().Be(upcomingTitle);
    }

    private static IEnumerable<string> Texts(DiscordEmbed embed) =>
        new[] { embed.Title, embed.Description, embed.Footer?.Text }.Concat(embed.Fields.SelectMany(f => new[] { f.Name, f.Value })).OfType<string>();
}
