using System.Globalization;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation;
using Structures.Dashboard.Simulation.Control;
using Structures.Dashboard.Simulation.Esi;
using Structures.Dashboard.Simulation.Sso;

namespace Structures.Tests.Benchmarks;

// Generated corporations added as owners by all their directors, each forwarding to its own simulated webhook, and
// attacks on their structures emitted into the simulated EVE as an aggressor would cause them.
internal sealed class AlertingWorld(BenchApp app, List<long> owners)
{
    public IReadOnlyList<long> Owners => owners;

    public static Dictionary<string, string?> Settings(int corporations, int directors, double notificationCacheSeconds) => new()
    {
        ["Structures:SchedulerEnabled"] = "true",
        ["Simulation:Scale:Corporations"] = corporations.ToString(CultureInfo.InvariantCulture),
        ["Simulation:Scale:DirectorsPerCorporation"] = directors.ToString(CultureInfo.InvariantCulture),
        ["Simulation:Scale:StructuresPerCorporation"] = "20",
        ["Simulation:CacheSeconds:character-notifications"] = notificationCacheSeconds.ToString(CultureInfo.InvariantCulture),
    };

    public static async Task<AlertingWorld> CreateAsync(BenchApp app)
    {
        // Listening before the owners exist, so no first fetch goes unheard.
        using var firstFetches = new FirstFetches();
        var directors = app.World.Characters.Where(c => c.CorporationId >= SimScaledWorld.FirstCorporationId).Select(c => c.Id).ToList();
        var owners = await app.AddOwnersAsync(directors);
        foreach (var owner in owners)
        {
            await app.AddWebhookAsync($"alerts{owner}", [owner]);
        }

        await app.SyncAsync(owners);
        await firstFetches.WaitAsync(app, owners, TimeSpan.FromSeconds(60));
        await WarmUpDiscordAsync(app);
        WarmUpEsi(app, owners[0]);
        app.Probe.Clear();
        return new AlertingWorld(app, owners);
    }

    // Discord has served posts for years when an install's first alert comes; the simulated one, started with the app,
    // has served none. One post sent to it from outside the app, answered with its message as the app's posts are
    // (?wait=true), keeps the simulator's own first-call cost out of the app's first burst; the app's code is not run.
    private static async Task WarmUpDiscordAsync(BenchApp app)
    {
        using var http = new HttpClient();
        var body = new { embeds = new[] { new { title = "Warm-up", description = "Not an alert.", color = 0 } } };
        using var answer = await http.PostAsJsonAsync($"{app.Get<SimulatorAddress>().DiscordBaseUrl}/api/webhooks/0/warm-up?wait=true", body);
        answer.EnsureSuccessStatusCode();
    }

    // EVE has long been writing notifications when an install's first alert comes; the simulated EVE, started with the
    // app, has written none. Its notification factory and the writers of its notification and name answers run once
    // here, outside the app, so their first-call cost stays out of the app's first burst; the app's code is not run.
    private static void WarmUpEsi(BenchApp app, long owner)
    {
        var target = app.World.Read(all => all.First(s => s.CorporationId == owner && s.Kind == SimStructureKind.Upwell));
        var draft = app.Get<SimNotificationFactory>().Create("StructureUnderAttack", target)!;
        EsiResponder.Serialize(new List<EsiNotification> { new(1, draft.Type, draft.SenderId, draft.SenderType, DateTime.UnixEpoch, draft.Text, false) });
        EsiResponder.Serialize(app.Get<EsiUniverseViews>().Names([owner]));
    }

    // One attack on the owner's n-th Upwell structure; returns the notification id ESI will show.
    public long Attack(long owner, int n)
    {
        var targets = app.World.Read(all => all.Where(s => s.CorporationId == owner && s.Kind == SimStructureKind.Upwell).ToList());
        var draft = app.Get<SimNotificationFactory>().Create("StructureUnderAttack", targets[n % targets.Count])!;
        return app.World.Notify(owner, draft.Type, draft.SenderId, draft.SenderType, draft.Text)[0].NotificationId;
    }

    // Discord's answer comes before the outbox records it, so the last few may still be on their way to "sent".
    public async Task WaitUntilRecordedAsync(IReadOnlyCollection<long> notificationIds, TimeSpan limit)
    {
        var deadline = HttpProbe.NowMs + limit.TotalMilliseconds;
        while (HttpProbe.NowMs < deadline)
        {
            await using var db = await app.DbAsync();
            var sent = await db.Set<QueuedMessage>().CountAsync(m => m.Status == QueuedMessageStatus.Sent && m.NotificationId != null && notificationIds.Contains(m.NotificationId.Value));
            if (sent >= notificationIds.Count)
            {
                return;
            }

            await Task.Delay(50);
        }
    }

    public async Task WaitForDeliveriesAsync(int expected, TimeSpan limit)
    {
        var deadline = HttpProbe.NowMs + limit.TotalMilliseconds;
        while (app.Probe.Discord.Where(p => p.Status is >= 200 and < 300).Sum(p => p.Embeds) < expected)
        {
            if (HttpProbe.NowMs > deadline)
            {
                throw new TimeoutException($"Only {app.Probe.Discord.Sum(p => p.Embeds)} of {expected} alerts reached Discord within {limit.TotalSeconds} s.");
            }

            await Task.Delay(20);
        }
    }
}
