using System.Globalization;
using Structures.Tests.Benchmarks.Soak;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Benchmarks.Cluster;

// Two app processes on one PostgreSQL database, in real mode against the simulated EVE server and Discord (a third
// process, as in the chaos soak). Once every owner has synced, a backlog is queued for a few webhooks; at a random
// moment in the drain's middle, the instance that holds work is killed hard (SIGKILL) while it is posting and
// syncing. The survivor must take over the dead one's webhooks and owners once their leases expire, post everything
// (matched with the soak's ledger: a duplicate counts as the kill's only within its reach) and sync every owner again.
internal static class FailoverScenario
{
    private static readonly TimeSpan SyncInterval = TimeSpan.FromMinutes(1);

    public static async Task<BenchResult> RunAsync(bool smoke)
    {
        var size = smoke ? new FailoverSize(Owners: 4, Structures: 20, Webhooks: 2, Messages: 100) : new FailoverSize(20, 100, 4, 1000);
        var seed = (int)(TimeProvider.System.GetTimestamp() % int.MaxValue);
        var folder = Directory.CreateTempSubdirectory("structures-failover-").FullName;
        var connection = TestPostgres.CreateDatabase();
        try
        {
            return await RunAsync(size, new Random(seed), folder, connection, seed);
        }
        finally
        {
            TestPostgres.DropDatabase(connection);
        }
    }

    private static async Task<BenchResult> RunAsync(FailoverSize size, Random random, string folder, string connection, int seed)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var simulatorSettings = SoakSettings.Simulator(folder, size.Owners);
        simulatorSettings["Simulation:Scale:StructuresPerCorporation"] = size.Structures.ToString(CultureInfo.InvariantCulture);
        simulatorSettings["Simulation:DiscordRequestsPerWindow"] = DiscordDrainScenario.RequestsPerWindow.ToString(CultureInfo.InvariantCulture);
        simulatorSettings["Simulation:DiscordWindowSeconds"] = DiscordDrainScenario.WindowSeconds.ToString(CultureInfo.InvariantCulture);
        await using var simulator = new DashboardProcess("simulator", folder, simulatorSettings);
        await simulator.StartReadyAsync(http);
        var control = new SimulatorControl(http, simulator.BaseUrl);
        var corporations = await control.CorporationsAsync();
        var admin = corporations[0].DirectorId;
        var settings = AppSettings(simulator.BaseUrl, folder, connection, admin);
        await using var a = new DashboardProcess("app-a", folder, settings);
        await a.StartReadyAsync(http);
        await using var b = new DashboardProcess("app-b", folder, settings);
        await b.StartReadyAsync(http);
        var database = new ClusterDatabase(connection);
        await SoakOnboarding.AddOwnersAsync(a.BaseUrl, admin, corporations);
        var longAgo = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        if (!await UntilAsync(async () => await database.SyncedSinceAsync(longAgo) == corporations.Count, TimeSpan.FromMinutes(3)))
        {
            throw new InvalidOperationException($"Not every owner synced within 3 minutes; see the logs in {folder}");
        }

        var backlog = await FailoverBacklog.QueueAsync(database, control, size.Webhooks, size.Messages);
        var queuedAt = Now;
        await Task.Delay(size.PhysicalDrain * (0.25 + (0.35 * random.NextDouble())));
        var (victim, held) = await ChooseVictimAsync(database, random.Next(2) == 0 ? [a, b] : [b, a], TimeSpan.FromSeconds(15));
        await victim.KillAsync();
        var killedAt = Now;
        // A sync may end between the look at the leases and the kill: its owner is then not the survivor's to take
        // over, and is synced again only in its next slot (up to the interval later).
        var interrupted = held.Interrupted(await database.LastSuccessByOwnerAsync(held.Owners));

        var heldWebhooks = held.Webhooks.Select(id => backlog.Webhooks[id]).ToHashSet();
        var tookOver = await Task.WhenAll(
            UntilAsync(async () => (await control.ReceivedAsync()).Any(r => heldWebhooks.Contains(r.WebhookId) && r.ReceivedAt > killedAt), TimeSpan.FromSeconds(90)),
            UntilAsync(async () => await database.SyncedSinceAsync(killedAt, interrupted) == interrupted.Count, TimeSpan.FromSeconds(90)));
        var received = await control.ReceivedAsync();
        var webhookTakeover = received.Where(r => heldWebhooks.Contains(r.WebhookId) && r.ReceivedAt > killedAt).Select(r => (r.ReceivedAt - killedAt).TotalSeconds).DefaultIfEmpty(double.NaN).Min();
        // NaN when the kill interrupted no sync, or when an interrupted owner was not synced again in time.
        var takenOver = (await database.LastSuccessByOwnerAsync(interrupted)).Values.ToList();
        var ownerTakeover = takenOver.Count > 0 && takenOver.All(t => t > killedAt) ? takenOver.Max(t => (t!.Value - killedAt).TotalSeconds) : double.NaN;
        var outages = new List<SoakOutage> { new(SoakOutageKind.Kill, killedAt, double.IsNaN(webhookTakeover) ? killedAt : killedAt.AddSeconds(webhookTakeover)) };

        var drained = await UntilAsync(async () => SoakLedger.Count(backlog.Emitted, await control.ReceivedAsync(), outages).Lost.Count == 0 && await database.UnsentAsync() == 0, TimeSpan.FromSeconds(150));
        var drainedAt = Now;
        var resynced = await UntilAsync(async () => await database.SyncedSinceAsync(killedAt) == corporations.Count, SyncInterval + TimeSpan.FromSeconds(60));
        var count = SoakLedger.Count(backlog.Emitted, await control.ReceivedAsync(), outages);

        var figures = new Dictionary<string, double>
        {
            ["messages"] = count.Emitted,
            ["lost"] = count.Lost.Count,
            ["duplicated_in_kill_window"] = count.DuplicatedAcross(SoakOutageKind.Kill),
            ["duplicated_outside_kill_window"] = count.DuplicatedWithoutOutage,
            ["unmatched_posts"] = count.Unmatched,
            ["kill_after_s"] = Math.Round((killedAt - queuedAt).TotalSeconds, 2),
            ["dead_instance_webhooks"] = held.Webhooks.Count,
            ["dead_instance_owner_syncs"] = held.Owners.Count,
            ["dead_instance_owner_syncs_interrupted"] = interrupted.Count,
            ["dead_instance_was_syncing"] = interrupted.Count > 0 ? 1 : 0,
            ["webhook_takeover_s"] = Math.Round(webhookTakeover, 2),
            ["owner_takeover_s"] = Math.Round(ownerTakeover, 2),
            ["drain_s"] = Math.Round((drainedAt - queuedAt).TotalSeconds, 2),
            ["survivor_drained_everything"] = drained ? 1 : 0,
            ["survivor_synced_every_owner"] = resynced ? 1 : 0,
        };
        var met = count.Lost.Count == 0 && count.DuplicatedWithoutOutage == 0 && count.Unmatched == 0 && drained && resynced
            && tookOver.All(t => t) && held.Webhooks.Count > 0;
        var parameters = new Dictionary<string, object>
        {
            ["instances"] = 2,
            ["owners"] = corporations.Count,
            ["structuresPerOwner"] = size.Structures,
            ["webhooks"] = size.Webhooks,
            ["messagesPerWebhook"] = size.Messages,
            ["killWindowSeconds"] = SoakLedger.KillReach.TotalSeconds,
            ["leases"] = "webhook 30 s (default), owner 15 s, owners looked at every 5 s, sync interval 1 min",
            ["seed"] = seed,
            ["logs"] = folder,
        };
        return new BenchResult("failover", "Failover: one of two app processes killed during a drain and a sync", parameters, figures,
            "0 lost, duplicates only within the kill's reach, the survivor drains everything and syncs every owner, taking over the dead one's webhooks and owners", met,
            "kill = SIGKILL of the process holding a webhook and an owner's sync; takeover = from the kill to the survivor's first post on a webhook the dead one held, "
            + "and to the survivor's sync of the last owner whose sync the kill interrupted (a sync that ended between the look at the leases and the kill "
            + "left nothing to take over: counted in dead_instance_owner_syncs, not in _interrupted)");
    }

    // The instance to kill: the first found holding both a webhook and an owner's sync, else (after the limit: the
    // drain or the syncs were too short to overlap) the one holding the most webhooks.
    private static async Task<(DashboardProcess Victim, HeldWork Held)> ChooseVictimAsync(ClusterDatabase database, DashboardProcess[] apps, TimeSpan limit)
    {
        var started = TimeProvider.System.GetTimestamp();
        (DashboardProcess App, HeldWork Held) best = (apps[0], HeldWork.Nothing);
        while (TimeProvider.System.GetElapsedTime(started) < limit)
        {
            foreach (var app in apps)
            {
                var held = await database.HeldByAsync(app.ProcessId!.Value);
                if (held.Both)
                {
                    return (app, held);
                }

                best = held.Webhooks.Count > best.Held.Webhooks.Count ? (app, held) : best;
            }

            await Task.Delay(50);
        }

        // Read again: what the chosen one held a while ago may be finished by now.
        return (best.App, await database.HeldByAsync(best.App.ProcessId!.Value));
    }

    private static Dictionary<string, string> AppSettings(string simulatorUrl, string folder, string connection, long admin)
    {
        // Both processes share one key folder, as instances mounting one volume do.
        var settings = SoakSettings.App(simulatorUrl, folder, connection, admin);
        settings["Data:Provider"] = "PostgreSQL";
        settings["Structures:Sync:Interval"] = "00:01:00";
        settings["Structures:Scheduling:OwnerLease"] = "00:00:15";
        settings["Structures:Scheduling:SyncCheckInterval"] = "00:00:05";
        settings["Webhooks:SweepInterval"] = "00:00:02";
        return settings;
    }

    private static Task<bool> UntilAsync(Func<Task<bool>> condition, TimeSpan limit) =>
        BenchWait.UntilAsync(condition, limit, TimeSpan.FromMilliseconds(250));

    private static DateTime Now => TimeProvider.System.GetUtcNow().UtcDateTime;

    // At 10 embeds a post and 5 posts per 2 s per webhook, the shortest a drain can take.
    private sealed record FailoverSize(int Owners, int Structures, int Webhooks, int Messages)
    {
        public TimeSpan PhysicalDrain => TimeSpan.FromSeconds(Math.Max(1, (Math.Ceiling(Messages / 10.0 / DiscordDrainScenario.RequestsPerWindow) - 1) * DiscordDrainScenario.WindowSeconds));
    }
}
