using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Discord;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Webhooks;

public sealed class WebhookDispatchServiceTests() : AppTest(fakeClock: true)
{
    [Fact]
    public async Task ADatabaseFailure_IsLoggedWithTheWebhook_RetriedWithBackOff_AndTheServiceDeliversOnceItIsBack()
    {
        Factory.ExpectDatabaseErrors();
        var webhook = await TestWebhooks.AddAsync(Factory);
        await TestWebhooks.QueueAsync(Factory, webhook, 1);
        await RenameQueueAsync(away: true);
        var logger = new FakeLogger<WebhookDispatchService>();
        using var service = ActivatorUtilities.CreateInstance<WebhookDispatchService>(Factory.Services, logger);

        await service.StartAsync(default);
        Factory.Get<DispatchSignal>().Notify(webhook);
        await UntilAsync(() => logger.Collector.GetSnapshot().Select(r => r.Id.Name).Distinct().Count() == 2, advanceClock: false);
        await RenameQueueAsync(away: false);
        await UntilAsync(() => Factory.Get<SimDiscordChannel>().Messages("alpha").Count > 0, advanceClock: true);
        var stillRunning = !service.ExecuteTask!.IsCompleted;
        await service.StopAsync(default);

        stillRunning.Should().BeTrue();
        var failures = logger.Collector.GetSnapshot();
        failures.Should().Contain(r => r.Id.Name == "SweepFailed" && r.Exception != null);
        failures.Should().Contain(r => r.Id.Name == "DispatchFailed" && r.StructuredState!.Any(s => s.Key == "WebhookId" && s.Value == $"{webhook}"));
        Factory.Get<SimDiscordChannel>().Messages("alpha").Select(m => m.Content).Should().Equal("message 1");
        await using var db = await DbAsync();
        (await db.QueuedMessages.SingleAsync()).Status.Should().Be(QueuedMessageStatus.Sent);
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(4, 40)]
    [InlineData(7, 300)]
    [InlineData(1000, 300)]
    public void BackOff_DoublesFromTheBaseDelay_UpToFiveMinutes(int failures, int seconds)
    {
        DispatchBackOff.After(failures, TimeSpan.FromSeconds(5)).Should().Be(TimeSpan.FromSeconds(seconds));
    }

    private Task RenameQueueAsync(bool away) => away
        ? DatabaseSabotage.RenameAsync(Factory.DatabasePath, "QueuedMessages", "QueuedMessagesAway")
        : DatabaseSabotage.RenameAsync(Factory.DatabasePath, "QueuedMessagesAway", "QueuedMessages");

    // The service runs on its own tasks: look again, yielding to them, until it has done what the test waits for (at
    // most 30 s), moving the fake clock on when its back-off must pass.
    private async Task UntilAsync(Func<bool> done, bool advanceClock)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (!done() && TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(30))
        {
            if (advanceClock)
            {
                Clock.Advance(TimeSpan.FromMilliseconds(100));
            }

            await Task.Yield();
        }

        done().Should().BeTrue();
    }
}
