using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Structures.Core.Notifications;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Discord;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notifications;

// The fetch loop driven step by step on a fake clock while the database is broken under it. A command against the
// locked file gives up after one of SQLite's busy waits instead of retrying for the driver's default 30 seconds.
public sealed class NotificationFetchServiceTests() : AppTest(fakeClock: true, logs: new FakeLogCollector(), lockedDatabaseSeconds: 1)
{
    private const long Wayne = 98000001;

    public override async Task InitializeAsync()
    {
        Factory.ExpectDatabaseErrors();
        ExpectLog(typeof(NotificationFetchService).FullName!, LogLevel.Error);
        ExpectLog(typeof(NotificationFetchScheduler).FullName!, LogLevel.Error);
        await using (var db = await DbAsync())
        {
            db.Webhooks.Add(new Webhook { Name = "alpha", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/alpha/token", IsDefault = true, NotificationTypes = "StructureUnderAttack" });
            await db.SaveChangesAsync();
        }

        await AddOwnerAsync(90000001);
        using var response = await Http.PostAsJsonAsync("/sim/control/notifications", new { type = "StructureUnderAttack", corporationId = Wayne });
        response.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task NotificationsTableRenamedAway_TheFetchFailsLoggedWithItsOwner_AndAlertsResumeOnceItIsBack()
    {
        var service = CreateService();
        await DatabaseSabotage.RenameAsync(Factory.DatabasePath, "Notifications", "NotificationsAway");

        await StepAndWaitAsync(service);
        using var live = await Http.GetAsync("/health/live");
        using var page = await Http.GetAsync("/");
        await DatabaseSabotage.RenameAsync(Factory.DatabasePath, "NotificationsAway", "Notifications");
        Clock.Advance(TimeSpan.FromSeconds(2));
        await StepAndWaitAsync(service);
        await DeliverAllAsync();

        live.StatusCode.Should().Be(HttpStatusCode.OK);
        ((int)page.StatusCode).Should().BeLessThan(500);
        Factory.Get<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested.Should().BeFalse();
        Factory.Logs!.GetSnapshot().Should().Contain(r => r.Level == LogLevel.Error
            && r.Message.StartsWith($"The notification fetch of owner {Wayne} crashed (1 in a row)", StringComparison.Ordinal) && r.Exception!.Message.Contains("no such table"));
        Factory.Get<SimDiscordChannel>().Messages("alpha").SelectMany(m => m.Embeds).Should().ContainSingle()
            .Which.GetProperty("title").GetString().Should().Be("Structure under attack");
    }

    [Fact]
    public async Task DatabaseLockedLongerThanItsBusyTimeout_TheFetchFails_PagesAreServed_AndAlertsResumeOnceItIsFree()
    {
        var service = CreateService();
        var locker = await DatabaseSabotage.LockAsync(Factory.DatabasePath);

        var finished = Factory.Get<NotificationFetchScheduler>().FetchFinished;
        await service.StepAsync(default);
        using var live = await Http.GetAsync("/health/live");
        await finished.WaitAsync(TimeSpan.FromSeconds(60));
        await locker.DisposeAsync();
        Clock.Advance(TimeSpan.FromSeconds(2));
        await StepAndWaitAsync(service);
        await DeliverAllAsync();

        live.StatusCode.Should().Be(HttpStatusCode.OK);
        Factory.Logs!.GetSnapshot().Should().Contain(r => r.Message.StartsWith($"The notification fetch of owner {Wayne} crashed", StringComparison.Ordinal)
            && r.Exception!.ToString().Contains("database is locked", StringComparison.Ordinal));
        Factory.Get<SimDiscordChannel>().Messages("alpha").SelectMany(m => m.Embeds).Should().ContainSingle();
    }

    [Fact]
    public async Task OwnersTableRenamedAway_TheLookForDueOwnersIsLogged_AndBacksOffLongerEachTime()
    {
        var service = CreateService();
        await DatabaseSabotage.RenameAsync(Factory.DatabasePath, "Owners", "OwnersAway");

        var first = await service.StepAsync(default);
        var second = await service.StepAsync(default);
        await DatabaseSabotage.RenameAsync(Factory.DatabasePath, "OwnersAway", "Owners");
        var finished = Factory.Get<NotificationFetchScheduler>().FetchFinished;
        var recovered = await service.StepAsync(default);
        await finished.WaitAsync(TimeSpan.FromSeconds(30));

        (first, second).Should().Be((TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)));
        recovered.Should().BeLessThanOrEqualTo(TimeSpan.FromSeconds(5));
        Factory.Logs!.GetSnapshot().Where(r => r.Message.StartsWith("Looking for owners whose notifications are due failed", StringComparison.Ordinal))
            .Should().HaveCount(2);
        await using var db = await DbAsync();
        db.Notifications.Should().ContainSingle();
    }

    private NotificationFetchService CreateService() => new(
        Factory.Get<NotificationFetchScheduler>(), Factory.Get<AlertPathRehearsal>(), Factory.Get<global::Structures.Core.Webhooks.WebhookLookup>(),
        Factory.Get<IOptions<NotificationOptions>>(),
        Factory.Get<IHostApplicationLifetime>(), Clock, Factory.Get<ILogger<NotificationFetchService>>());

    private async Task StepAndWaitAsync(NotificationFetchService service)
    {
        var finished = Factory.Get<NotificationFetchScheduler>().FetchFinished;
        await service.StepAsync(default);
        await finished.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
