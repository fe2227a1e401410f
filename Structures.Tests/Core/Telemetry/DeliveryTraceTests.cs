using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Notifications;
using Structures.Core.Telemetry;
using Structures.Core.Webhooks;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Telemetry;

public sealed class DeliveryTraceTests() : AppTest(fakeClock: true), IDisposable
{
    private const long Wayne = 98000001;
    private readonly ConcurrentQueue<Activity> _spans = new();
    private ActivityListener? _listener;

    [Fact]
    public async Task Attack_FetchForwardAndPost_AreOneTrace()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == StructuresTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
        await using (var db = await DbAsync())
        {
            db.Webhooks.Add(new Webhook { Name = "traced", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/traced/token", NotificationTypes = "StructureUnderAttack", IsDefault = true });
            await db.SaveChangesAsync();
        }

        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);
        long keepstar;
        await using (var db = await DbAsync())
        {
            keepstar = await db.Structures.Where(s => s.Name == "Wayne Tower").Select(s => s.Id).SingleAsync();
        }

        await Http.PostAsJsonAsync($"/sim/control/structures/{keepstar}/attack", new { });
        await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);
        await DeliverAllAsync();

        var spans = _spans.ToList();
        var post = spans.Should().ContainSingle(s => s.OperationName == "discord.post" && (string?)s.GetTagItem("structures.webhook") == "traced").Subject;
        var forward = spans.Should().ContainSingle(s => s.SpanId == post.ParentSpanId, "the post continues the span its message was queued in").Subject;
        forward.OperationName.Should().Be("notification.forward");
        forward.GetTagItem("structures.notification.type").Should().Be("StructureUnderAttack");
        var fetch = spans.Should().ContainSingle(s => s.SpanId == forward.ParentSpanId).Subject;
        fetch.OperationName.Should().Be("notifications.fetch");
        fetch.GetTagItem("structures.owner").Should().Be(Wayne);
        new[] { fetch.TraceId, forward.TraceId }.Should().AllBeEquivalentTo(post.TraceId);
    }

    public void Dispose() => _listener?.Dispose();
}
