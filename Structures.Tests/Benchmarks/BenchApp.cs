using Microsoft.AspNetCore.Components.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Data;
using Structures.Core.Discord;
using Structures.Core.Esi;
using Structures.Core.Notifications;
using Structures.Core.Owners;
using Structures.Core.Sso;
using Structures.Core.Structures;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation;
using Structures.Dashboard.Simulation.Sso;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Benchmarks;

// The whole app in demo mode on a loopback port, as the tests run it, with the product's ESI and Discord clients
// timed by an HttpProbe. Quiet logs, and limits of the simulator lifted where a scenario compresses EVE's time.
internal sealed class BenchApp : IAsyncDisposable
{
    private readonly Dictionary<string, int> _webhooks = [];

    private BenchApp(DashboardFactory factory, HttpProbe probe)
    {
        Factory = factory;
        Probe = probe;
    }

    public DashboardFactory Factory { get; }

    public HttpProbe Probe { get; }

    public SimWorld World => Factory.Get<SimWorld>();

    // On PostgreSQL when given a database (its connection string), which the caller creates and drops: several apps
    // started on it are instances of one install.
    public static BenchApp Start(IReadOnlyDictionary<string, string?> settings, string? postgresDatabase = null)
    {
        var probe = new HttpProbe();
        var all = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft"] = "Error",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Error",
            ["Simulation:RateLimits:char-notification"] = "1000000",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var factory = new DashboardFactory(all, postgresDatabase: postgresDatabase, services: services =>
        {
            services.AddHttpClient(EsiClient.HttpClientName).AddHttpMessageHandler(() => new ProbeHandler(probe.TimeEsiAsync));
            services.AddHttpClient(DiscordWebhookClient.HttpClientName).AddHttpMessageHandler(() => new ProbeHandler(probe.TimeDiscordAsync));
            // A closed board's circuit ends at once rather than waiting minutes for a reconnect, so one run's boards are
            // not still in memory while the next one measures its own.
            services.Configure<CircuitOptions>(o => o.DisconnectedCircuitMaxRetained = 0);
        }, provider: BenchEngines.Current);
        _ = factory.BaseUrl;
        return new BenchApp(factory, probe);
    }

    public T Get<T>() where T : notnull => Factory.Get<T>();

    public async Task<StructuresDbContext> DbAsync() => await Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();

    // Each director adds their corporation, or joins it as one more sync character, as through the dashboard.
    public async Task<List<long>> AddOwnersAsync(IEnumerable<long> directorIds)
    {
        var tokens = Get<SimTokenService>();
        var registry = Get<OwnerRegistry>();
        var owners = new List<long>();
        foreach (var director in directorIds.Select(id => World.Character(id)!))
        {
            var grant = new SimGrant(director.Id, EveScopes.Director, SimulationOptions.DemoClientId);
            var identity = new EveTokenIdentity(director.Id, director.Name, director.OwnerHash, EveScopes.Director, World.Clock.GetUtcNow().AddMinutes(20));
            var added = await registry.AddAsync(global::Structures.Core.Access.ViewerId.System, identity, tokens.IssueAccessToken(grant), tokens.IssueRefreshToken(grant)!, default);
            owners.Add(added.OwnerId ?? throw new InvalidOperationException(added.Message));
        }

        return [.. owners.Distinct()];
    }

    // A webhook of the simulated Discord (its id letters and digits, as Discord's) that takes every known type from the
    // given owners, added as an admin adds it: looked up in Discord before it is saved.
    public async Task<int> AddWebhookAsync(string simulatedId, IEnumerable<long> ownerIds)
    {
        var form = new WebhookForm
        {
            Name = simulatedId,
            Url = $"{Get<SimulatorAddress>().DiscordBaseUrl}/api/webhooks/{simulatedId}/bench-token",
            Types = [.. NotificationTypes.All.Select(t => t.Name)],
            OwnerIds = [.. ownerIds],
        };
        var saved = await Get<WebhookAdministration>().SaveAsync(global::Structures.Core.Access.ViewerId.System, null, form, default);
        if (!saved.Succeeded)
        {
            throw new InvalidOperationException(saved.Message);
        }

        await using var db = await DbAsync();
        var webhookId = await db.Webhooks.Where(w => w.Name == simulatedId).Select(w => w.Id).SingleAsync();
        _webhooks[simulatedId] = webhookId;
        return webhookId;
    }

    // As the sync job does: every owner once, a few at a time.
    public async Task SyncAsync(IEnumerable<long> ownerIds)
    {
        var scheduler = Get<StructureSyncScheduler>();
        var parallelism = Get<Microsoft.Extensions.Options.IOptions<SyncOptions>>().Value.Parallelism;
        await Parallel.ForEachAsync(ownerIds, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (owner, token) =>
        {
            var result = await scheduler.SyncIsolatedAsync(owner, token);
            if (result is { Complete: false })
            {
                throw new InvalidOperationException($"Owner {owner} did not sync: {result.Error}");
            }
        });
    }

    // When Discord answered 2xx for each forwarded notification: the dispatcher sends each webhook's queue in order,
    // so the n-th embed Discord accepted for a webhook is its n-th sent message.
    public async Task<List<Delivery>> DeliveriesAsync()
    {
        await using var db = await DbAsync();
        var sent = await db.Set<QueuedMessage>().AsNoTracking().Where(m => m.Status == QueuedMessageStatus.Sent)
            .OrderBy(m => m.Id).Select(m => new { m.WebhookId, m.NotificationId }).ToListAsync();
        var deliveries = new List<Delivery>();
        foreach (var (simulatedId, webhookId) in _webhooks)
        {
            var times = Probe.Discord.Where(p => p.WebhookId == simulatedId && p.Status is >= 200 and < 300)
                .SelectMany(p => Enumerable.Repeat(p, p.Embeds));
            deliveries.AddRange(sent.Where(m => m.WebhookId == webhookId)
                .Zip(times, (m, post) => new Delivery(webhookId, m.NotificationId, post.SentMs, post.AtMs)));
        }

        return deliveries;
    }

    // The first moment an ESI answer carried each notification.
    public Dictionary<long, double> FirstSeenInEsi() =>
        Probe.Esi.OrderBy(e => e.ArrivedMs).SelectMany(e => e.NotificationIds.Select(id => (id, e.ArrivedMs)))
            .GroupBy(x => x.id).ToDictionary(g => g.Key, g => g.First().ArrivedMs);

    public int RateLimitedByDiscord => Probe.Discord.Count(p => p.Status == 429);

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}

// SentMs: when the post carrying it left for Discord; AtMs: when Discord answered 2xx.
internal sealed record Delivery(int WebhookId, long? NotificationId, double SentMs, double AtMs);
