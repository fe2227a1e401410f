using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Structures.Core.Data;
using Structures.Core.Notifications;
using Structures.Core.Owners;
using Structures.Core.Structures;

namespace Structures.Tests.Core.Notifications;

// A database from before notifications named their structure: the start-up that adds the column assigns them, once.
public sealed class NotificationSubjectBackfillTests : IDisposable
{
    private const long Owner = 98000001;
    private const long Upwell = 1_000_000_000_001;
    private const long CustomsOffice = 1_000_000_000_002;
    private const long Starbase = 1_000_000_000_003;
    private readonly string _folder = Directory.CreateTempSubdirectory("structures-backfill-").FullName;
    private readonly Contexts _contexts;

    public NotificationSubjectBackfillTests() =>
        _contexts = new Contexts(new DbContextOptionsBuilder<StructuresDbContext>().UseSqlite($"Data Source={Path.Combine(_folder, "structures.db")}").Options);

    [Fact]
    public async Task StartAsync_AfterTheColumnArrives_AssignsEveryKindByItsRule()
    {
        await SeedAsync();
        await using (var db = _contexts.CreateDbContext())
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_NotificationStructureId", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before);
        }

        using var instanceLock = new SqliteInstanceLock();
        await new DatabaseMigrator(_contexts, DatabasePurpose.Real, instanceLock, TimeProvider.System, NullLogger<DatabaseMigrator>.Instance).StartAsync(default);

        (await SubjectsAsync()).Should().Equal(new Dictionary<long, long?>
        {
            [1] = Upwell, [2] = CustomsOffice, [3] = Starbase, [4] = null, [5] = null,
        });
    }

    [Fact]
    public async Task StartAsync_OnAnUpToDateDatabase_LeavesNotificationsAlone()
    {
        await SeedAsync();

        using var instanceLock = new SqliteInstanceLock();
        await new DatabaseMigrator(_contexts, DatabasePurpose.Real, instanceLock, TimeProvider.System, NullLogger<DatabaseMigrator>.Instance).StartAsync(default);

        (await SubjectsAsync()).Values.Should().OnlyContain(id => id == null, "the backfill runs only with the migration that adds the column");
    }

    private async Task SeedAsync()
    {
        await using var db = _contexts.CreateDbContext();
        await db.Database.MigrateAsync();
        db.Owners.Add(new Owner { CorporationId = Owner, CorporationName = "Wayne Technologies" });
        db.Structures.AddRange(
            new Structure { Id = Upwell, OwnerId = Owner, Kind = StructureKind.Upwell, Name = "Upwell" },
            new Structure { Id = CustomsOffice, OwnerId = Owner, Kind = StructureKind.CustomsOffice, Name = "Office", PlanetId = 40_000_001 },
            new Structure { Id = Starbase, OwnerId = Owner, Kind = StructureKind.Starbase, Name = "Tower", MoonId = 40_000_002 });
        db.Notifications.AddRange(
            Row(1, "StructureUnderAttack", $"structureID: {Upwell}\nshieldPercentage: 50.0\n"),
            Row(2, "OrbitalAttacked", "aggressorCorpID: 98000003\nplanetID: 40000001\nshieldLevel: 0.5\n"),
            Row(3, "TowerAlertMsg", "moonID: 40000002\nshieldValue: 0.5\n"),
            Row(4, "TowerAlertMsg", "moonID: 40000099\nshieldValue: 0.5\n"),
            Row(5, "CorpAppNewMsg", "charID: 95465499\ncorpID: 98000001\n"));
        await db.SaveChangesAsync();
    }

    private async Task<Dictionary<long, long?>> SubjectsAsync()
    {
        await using var db = _contexts.CreateDbContext();
        return await db.Notifications.OrderBy(n => n.NotificationId).ToDictionaryAsync(n => n.NotificationId, n => n.StructureId);
    }

    private static Notification Row(long id, string type, string text) => new()
    {
        OwnerId = Owner, NotificationId = id, Type = type, SenderId = 1000137, SenderType = "corporation", Text = text, ContentKey = $"key-{id}",
        Timestamp = new DateTime(2026, 11, 1, 12, 0, 0, DateTimeKind.Utc).AddMinutes(id), ReceivedAt = new DateTime(2026, 11, 1, 13, 0, 0, DateTimeKind.Utc),
    };

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class Contexts(DbContextOptions<StructuresDbContext> options) : IDbContextFactory<StructuresDbContext>
    {
        public StructuresDbContext CreateDbContext() => new(options);
    }
}
