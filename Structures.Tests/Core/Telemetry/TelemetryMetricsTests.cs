using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Structures.Core.Notifications;
using Structures.Core.Structures;
using Structures.Core.Telemetry;
using Structures.Core.Webhooks;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Telemetry;

public sealed class TelemetryMetricsTests() : AppTest(fakeClock: true)
{
    private const long Wayne = 98000001;

    [Fact]
    public async Task Attack_FetchedAndPosted_CountsItReceivedAndDelivered_WithItsLatency()
    {
        using var received = Collect<long>("structures.notifications.received");
        using var delivered = Collect<long>("structures.messages.delivered");
        using var latency = Collect<double>("structures.messages.delivery_latency");
        await using (var db = await DbAsync())
        {
            db.Webhooks.Add(new Webhook { Name = "alpha", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/alpha/token", NotificationTypes = "StructureUnderAttack", IsDefault = true });
            await db.SaveChangesAsync();
        }

        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);
        var keepstar = await StructureIdAsync("Wayne Tower");
        await Http.PostAsJsonAsync($"/sim/control/structures/{keepstar}/attack", new { });

        await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);
        Clock.Advance(TimeSpan.FromSeconds(5));
        await DeliverAllAsync();

        received.GetMeasurementSnapshot().Where(m => m.Tags["type"] as string == "StructureUnderAttack").Sum(m => m.Value).Should().Be(1);
        delivered.GetMeasurementSnapshot().Should().ContainSingle().Which.Should().Match<CollectedMeasurement<long>>(m => m.Value == 1 && (string)m.Tags["webhook"]! == "alpha");
        latency.GetMeasurementSnapshot().Should().ContainSingle().Which.Value.Should().Be(5, "the message waited five seconds between its fetch and Discord's answer");
    }

    [Fact]
    public async Task MessageDiscordRefuses_IsCountedDeadLettered_AndTheQueueDepthFollowsTheOutbox()
    {
        ExpectLog("MessageDeadLettered");
        using var delivered = Collect<long>("structures.messages.delivered");
        using var deadLettered = Collect<long>("structures.messages.dead_lettered");
        using var depth = Collect<int>("structures.webhooks.queue_depth");
        var webhook = await TestWebhooks.AddAsync(Factory);
        await TestWebhooks.QueueAsync(Factory, webhook, 3);
        depth.RecordObservableInstruments();
        depth.LastMeasurement!.Value.Should().Be(3);
        depth.LastMeasurement.Tags["webhook"].Should().Be("alpha");

        await InjectFaultAsync(new { target = "/sim/discord/", kind = "Status", status = 400, count = 1 });
        await DeliverAllAsync();

        deadLettered.GetMeasurementSnapshot().Sum(m => m.Value).Should().Be(1);
        delivered.GetMeasurementSnapshot().Sum(m => m.Value).Should().Be(2);
        depth.RecordObservableInstruments();
        depth.LastMeasurement!.Value.Should().Be(0);
    }

    [Fact]
    public async Task EsiErrorLimit_IsReadOffItsAnswers_AndA420FailsTheSync_WhichIsCounted()
    {
        ExpectLog("SyncFailed");
        using var remaining = Collect<int>("structures.esi.error_limit_remaining");
        using var limited = Collect<long>("structures.esi.limited");
        using var duration = Collect<double>("structures.sync.duration");
        using var failures = Collect<long>("structures.sync.failures");
        await AddOwnerAsync(90000001);
        var scheduler = Factory.Get<StructureSyncScheduler>();
        (await scheduler.SyncIsolatedAsync(Wayne, default))!.Complete.Should().BeTrue();
        remaining.LastMeasurement!.Value.Should().Be(100, "the simulated ESI allows 100 errors and none was made");
        failures.GetMeasurementSnapshot().Should().BeEmpty();

        await InjectFaultAsync(new { target = "/sim/esi/", kind = "ErrorLimited", count = 1 });
        Clock.Advance(TimeSpan.FromMinutes(61));
        (await scheduler.SyncIsolatedAsync(Wayne, default))!.Complete.Should().BeFalse();

        limited.GetMeasurementSnapshot().Should().ContainSingle().Which.Tags["status"].Should().Be(420);
        failures.GetMeasurementSnapshot().Should().ContainSingle().Which.Tags["owner"].Should().Be(Wayne);
        duration.GetMeasurementSnapshot().Select(m => m.Tags["outcome"]).Should().Equal("succeeded", "failed");
    }

    private MetricCollector<T> Collect<T>(string instrument) where T : struct =>
        new(Factory.Get<IMeterFactory>(), StructuresTelemetry.Name, instrument, Clock);
}
