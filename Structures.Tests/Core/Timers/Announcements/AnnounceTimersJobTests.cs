using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Structures.Core.Timers.Announcements;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Timers.Announcements;

public sealed class AnnounceTimersJobTests() : AppTest(fakeClock: true, logs: new FakeLogCollector())
{
    [Fact]
    public async Task Execute_WithTheWebhooksTableGone_LogsEachPartsFailure_AndDoesNotThrow()
    {
        await TestTimers.AddWebhookAsync(Factory, leadTimes: "15", upcoming: true);
        Factory.ExpectDatabaseErrors();
        ExpectLog(typeof(AnnounceTimersJob).FullName!, LogLevel.Error);
        await DatabaseSabotage.RenameAsync(Factory.DatabasePath, "Webhooks", "WebhooksAway");
        var job = new AnnounceTimersJob(Factory.Get<TimerAnnouncer>(), Factory.Get<ILogger<AnnounceTimersJob>>());

        await job.Invoking(j => j.Execute(null!, default).AsTask()).Should().NotThrowAsync();

        Factory.Logs.GetSnapshot().Where(r => r.Level == LogLevel.Error && r.Category == typeof(AnnounceTimersJob).FullName).Select(r => r.Message)
            .Should().Equal(
                "Queuing timer reminders failed; the job's next run tries again",
                "Updating upcoming-timers messages failed; the job's next run tries again");
    }
}
