using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Data;
using Structures.Core.Notifications;
using Structures.Core.Owners;
using Structures.Core.Scheduling;
using Structures.Core.Sso;
using Structures.Core.Structures;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Sso;

namespace Structures.Dashboard.Simulation;

// Demo mode starts with every simulated corporation added as an owner by its directors, as if they had onboarded,
// and syncs them at once, so a newcomer sees a populated board. The simulator forgets its tokens on restart, so
// this runs on every start and renews them.
internal sealed partial class DemoOwnerSeeder(
    SimWorld world,
    IHostApplicationLifetime lifetime,
    IServiceProvider services,
    IOptions<SimulationOptions> options,
    DemoSeeding seeding,
    ILogger<DemoOwnerSeeder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SeedOwners || !await StartedAsync(stoppingToken))
        {
            return;
        }

        // A database error must not stop the host: seeding is logged, backed off and tried again until it is done.
        for (var failures = 1; ; failures++)
        {
            try
            {
                await SeedAsync(stoppingToken);
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                var backOff = FailureBackOff.After(failures, TimeSpan.FromMinutes(1));
                LogSeedingFailed(ex, backOff);
                await Task.Delay(backOff, world.Clock, stoppingToken);
            }
        }
    }

    private async Task SeedAsync(CancellationToken stoppingToken)
    {
        SimulationExtensions.LearnSimulatorAddress(services);
        var tokens = services.GetRequiredService<SimTokenService>();
        var registry = services.GetRequiredService<OwnerRegistry>();
        await AddDemoWebhookAsync(stoppingToken);
        await GrantDemoAccessAsync(stoppingToken);
        var owners = new HashSet<long>();
        foreach (var director in world.Characters.Where(c => c.IsDirector))
        {
            var grant = new SimGrant(director.Id, EveScopes.Director, SimulationOptions.DemoClientId);
            var identity = new EveTokenIdentity(director.Id, director.Name, director.OwnerHash, EveScopes.Director, world.Clock.GetUtcNow().AddMinutes(20));
            var result = await registry.AddAsync(global::Structures.Core.Access.ViewerId.System, identity, tokens.IssueAccessToken(grant), tokens.IssueRefreshToken(grant)!, stoppingToken);
            LogSeeded(director.Name, result.Message);
            if (result.OwnerId is { } owner)
            {
                owners.Add(owner);
            }
        }

        await ChooseAllianceMainsAsync(stoppingToken);
        var scheduler = services.GetRequiredService<StructureSyncScheduler>();
        await Parallel.ForEachAsync(owners, stoppingToken, async (owner, token) => await scheduler.SyncIsolatedAsync(owner, token));
        seeding.Finish();
    }

    // The simulated Discord channel, as the default webhook every demo owner forwards to.
    private async Task AddDemoWebhookAsync(CancellationToken cancellationToken)
    {
        var address = services.GetRequiredService<SimulatorAddress>();
        await using var db = await services.GetRequiredService<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync(cancellationToken);
        var url = $"{address.DiscordBaseUrl}/api/webhooks/demo/demo-token";
        var webhook = await db.Webhooks.SingleOrDefaultAsync(w => w.Name == DemoWebhookName, cancellationToken);
        if (webhook is null)
        {
            webhook = new Webhook { Name = DemoWebhookName, Url = url, IsDefault = true, ForwardsUnknownTypes = true, CreatedAt = world.Clock.GetUtcNow().UtcDateTime };
            db.Webhooks.Add(webhook);
        }

        // The app may listen on another port than last time.
        webhook.Url = url;
        webhook.NotificationTypes = string.Join(',', NotificationTypes.All.Select(t => t.Name));
        foreach (var owner in await db.Owners.Include(o => o.Webhooks).ToListAsync(cancellationToken))
        {
            if (!owner.Webhooks.Contains(webhook))
            {
                owner.Webhooks.Add(webhook);
            }
        }

        // A demo shows fuel alerts: two days ahead, every twelve hours, and gates under 50,000 liquid ozone.
        if (!await db.FuelAlertRules.AnyAsync(cancellationToken))
        {
            db.FuelAlertRules.Add(new global::Structures.Core.Notifications.Alerts.FuelAlertRule { StartHours = 48, EndHours = 0, RepeatHours = 12 });
            db.JumpFuelAlertRules.Add(new global::Structures.Core.Notifications.Alerts.JumpFuelAlertRule { Threshold = 50_000 });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public const string DemoWebhookName = "Demo Discord channel";

    // Each demo alliance's executor corporation tells its alliance-level news, unless an admin chose another main.
    private async Task ChooseAllianceMainsAsync(CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync(cancellationToken);
        foreach (var alliance in world.Alliances)
        {
            if (!await AllianceMains.HasMainAsync(db, alliance.Id, cancellationToken)
                && await db.Owners.SingleOrDefaultAsync(o => o.CorporationId == alliance.ExecutorCorporationId && o.AllianceId == alliance.Id, cancellationToken) is { } executor)
            {
                executor.IsAllianceMain = true;
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }

    // A newcomer needs someone to sign in as: the first CEO runs the settings and sees everything; every simulated
    // alliance may add owners and see its alliance's structures. Only on a fresh database: admins' changes stay.
    private async Task GrantDemoAccessAsync(CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync(cancellationToken);
        if (await db.PermissionGrants.AnyAsync(g => g.GranteeKind != GranteeKind.OwnerMembers, cancellationToken))
        {
            return;
        }

        var now = world.Clock.GetUtcNow().UtcDateTime;
        var admin = world.Characters[0];
        foreach (var permission in new[] { Permission.BasicAccess, Permission.ManageSettings, Permission.ViewAllStructures, Permission.ViewStructureFit })
        {
            db.PermissionGrants.Add(new PermissionGrant { Permission = permission, GranteeKind = GranteeKind.Character, GranteeId = admin.Id, GranteeName = admin.Name, GrantedBy = "Demo", CreatedAt = now });
        }

        foreach (var alliance in world.Alliances)
        {
            foreach (var permission in new[] { Permission.BasicAccess, Permission.AddStructureOwner, Permission.ViewAllianceStructures })
            {
                db.PermissionGrants.Add(new PermissionGrant { Permission = permission, GranteeKind = GranteeKind.Alliance, GranteeId = alliance.Id, GranteeName = alliance.Name, GrantedBy = "Demo", CreatedAt = now });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(started.SetResult);
        using var stopping = stoppingToken.Register(() => started.TrySetCanceled());
        try
        {
            await started.Task;
            return true;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(LogLevel.Error, "Demo: adding the demo owners failed; trying again in {BackOff}")]
    private partial void LogSeedingFailed(Exception exception, TimeSpan backOff);

    [LoggerMessage(LogLevel.Information, "Demo: {Director}: {Result}")]
    private partial void LogSeeded(string director, string result);
}
