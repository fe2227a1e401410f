using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Cluster;
using Structures.Core.Eve;
using Structures.Core.Notices;
using Structures.Core.Notifications;
using Structures.Core.Owners;
using Structures.Core.Structures;
using Structures.Core.Timers;
using Structures.Core.Webhooks;

namespace Structures.Core.Data;

// The model, and the SQLite migrations (Migrations/). PostgreSQL's migrations belong to PostgresStructuresDbContext.
public class StructuresDbContext : DbContext, IDataProtectionKeyContext
{
    public StructuresDbContext(DbContextOptions<StructuresDbContext> options)
        : base(options)
    {
    }

    // For a provider's own context type, whose migrations are kept apart (PostgresStructuresDbContext).
    protected StructuresDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<EveCharacter> Characters => Set<EveCharacter>();

    public DbSet<PermissionGrant> PermissionGrants => Set<PermissionGrant>();

    public DbSet<Owner> Owners => Set<Owner>();

    public DbSet<OwnerCharacter> OwnerCharacters => Set<OwnerCharacter>();

    public DbSet<Structure> Structures => Set<Structure>();

    public DbSet<StructureService> StructureServices => Set<StructureService>();

    public DbSet<StructureItem> StructureItems => Set<StructureItem>();

    public DbSet<StructureTag> StructureTags => Set<StructureTag>();

    public DbSet<EveType> EveTypes => Set<EveType>();

    public DbSet<EveSolarSystem> EveSolarSystems => Set<EveSolarSystem>();

    public DbSet<EveCelestial> EveCelestials => Set<EveCelestial>();

    public DbSet<EveEntity> EveEntities => Set<EveEntity>();

    public DbSet<EveSovereignty> EveSovereignty => Set<EveSovereignty>();

    public DbSet<AdminNotice> AdminNotices => Set<AdminNotice>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<StructureTimer> StructureTimers => Set<StructureTimer>();

    public DbSet<TimerFeed> TimerFeeds => Set<TimerFeed>();

    public DbSet<Webhook> Webhooks => Set<Webhook>();

    public DbSet<QueuedMessage> QueuedMessages => Set<QueuedMessage>();

    public DbSet<Notifications.Alerts.FuelAlertRule> FuelAlertRules => Set<Notifications.Alerts.FuelAlertRule>();

    public DbSet<Notifications.Alerts.JumpFuelAlertRule> JumpFuelAlertRules => Set<Notifications.Alerts.JumpFuelAlertRule>();

    public DbSet<Notifications.Alerts.SentAlert> SentAlerts => Set<Notifications.Alerts.SentAlert>();

    public DbSet<WorkLease> WorkLeases => Set<WorkLease>();

    // A save asked to stop before it starts does not start; one that has started runs to its end. A host stopping
    // mid-save would otherwise cancel its commit (or the savepoint inside a caller's transaction) part way, leaving
    // the outcome unknown to the caller and an error about the transaction in the log. A save takes milliseconds.
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, CancellationToken.None);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StructuresDbContext).Assembly);
        modelBuilder.HasDbFunction(() => DatabaseText.Lower(string.Empty)).HasName("lower").IsBuiltIn();
    }
}
