using System.Text.Json;

namespace Structures.Tests.Benchmarks.Soak;

// The chaos soak: the simulated EVE server and Discord in one process for the whole run, the app under test in
// another, pointed at it as at the real EVE. Twenty owners, a steady stream of alerts, random ESI and Discord faults,
// the app killed hard three times and its database locked at random; then the faults stop, the app drains, and what
// Discord received is compared with what was emitted.
internal static class ChaosSoakScenario
{
    private const int Owners = 20;
    private const int Kills = 3;
    private static readonly TimeSpan EmitEvery = TimeSpan.FromMilliseconds(500);

    public static async Task<BenchResult> RunAsync(BenchOptions options)
    {
        var run = TimeSpan.FromMinutes(options.Minutes);
        var seed = (int)(TimeProvider.System.GetTimestamp() % int.MaxValue);
        var folder = Directory.CreateTempSubdirectory("structures-soak-").FullName;
        using var database = SoakDatabase.Create(BenchEngines.Current, folder);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        await using var simulator = new DashboardProcess("simulator", folder, SoakSettings.Simulator(folder, Owners));
        await simulator.StartReadyAsync(http);
        var control = new SimulatorControl(http, simulator.BaseUrl);
        var corporations = await control.CorporationsAsync();
        var admin = corporations[0].DirectorId;
        await using var app = new DashboardProcess("app", folder, database.Configure(SoakSettings.App(simulator.BaseUrl, folder, database.ConnectionString, admin)));
        await app.StartReadyAsync(http);
        await SoakOnboarding.AddOwnersAsync(app.BaseUrl, admin, corporations);
        await SoakOnboarding.AddWebhooksAsync(database, control, corporations, TimeProvider.System.GetUtcNow().UtcDateTime);
        var synced = await SoakDrain.WaitForFirstSyncAsync(database, corporations.Count, TimeSpan.FromMinutes(3));

        var emitter = new NotificationEmitter(control, corporations, new Random(seed));
        var faults = new FaultInjector(control, new Random(seed + 1));
        var locker = new DatabaseLocker(database, new Random(seed + 2));
        var supervisor = new AppSupervisor(app, http, AppSupervisor.Plan(run, Kills, new Random(seed + 3)));
        var sampler = new ResourceSampler(app, database);
        using var chaos = new CancellationTokenSource(run);
        using var watch = new CancellationTokenSource();
        var watching = Task.WhenAll(supervisor.RunAsync(watch.Token), sampler.RunAsync(TimeSpan.FromSeconds(5), watch.Token));
        await Task.WhenAll(emitter.RunAsync(EmitEvery, chaos.Token), faults.RunEsiAsync(chaos.Token), faults.RunDiscordAsync(chaos.Token), locker.RunAsync(chaos.Token));

        supervisor.KillsEnabled = false;
        await control.ClearFaultsAsync();
        var drain = await SoakDrain.WaitAsync(control, database, emitter.Emitted, supervisor.Outages, TimeSpan.FromMinutes(6));
        await watch.CancelAsync();
        await watching;

        var received = await control.ReceivedAsync();
        var count = SoakLedger.Count(emitter.Emitted, received, supervisor.Outages);
        var fate = await SoakFate.OfAsync(database, emitter.Emitted.Select(e => e.NotificationId).ToList(), count.Lost);
        await File.WriteAllLinesAsync(Path.Combine(folder, "crashes.log"), supervisor.CrashLogs);
        await File.WriteAllTextAsync(Path.Combine(folder, "ledger.json"), JsonSerializer.Serialize(new { count.Lost, count.Duplicated, supervisor.Outages, locker.Locks, emitter.Emitted, received }));
        var parameters = new Dictionary<string, object>
        {
            ["minutes"] = options.Minutes,
            ["owners"] = corporations.Count,
            ["ownersSyncedBeforeChaos"] = synced,
            ["alertsPerSecond"] = 1 / EmitEvery.TotalSeconds,
            ["plannedKills"] = Kills,
            ["seed"] = seed,
            ["logs"] = folder,
        };
        return SoakReport.Result(parameters, count, fate, drain, supervisor, faults, locker, sampler.Samples, emitter.Refused, run);
    }
}
