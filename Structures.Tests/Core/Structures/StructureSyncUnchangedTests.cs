using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Live;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Structures;

// Runs on PostgreSQL too (Core/Data/OnPostgresTests.cs).
public class StructureSyncUnchangedTests : AppTest
{
    private const long Wayne = 98000001;

    // ESI's caches last 36 s instead of an hour, so a re-sync minutes later asks again within the same hour of fuel.
    private static readonly Dictionary<string, string?> Settings = new() { ["Simulation:CacheScale"] = "0.01" };
    private static readonly TimeSpan UntilCachesExpire = TimeSpan.FromMinutes(10);
    private readonly DbCommandLog _commands;
    private readonly List<DashboardEvent> _published = [];
    private readonly TaskCompletionSource _markerSeen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public StructureSyncUnchangedTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected StructureSyncUnchangedTests(DatabaseProvider provider)
        : this(provider, new DbCommandLog())
    {
    }

    private StructureSyncUnchangedTests(DatabaseProvider provider, DbCommandLog commands)
        : base(Settings, fakeClock: true, provider: provider, services: commands.AddTo) =>
        _commands = commands;

    [Fact]
    public async Task Resync_WithTheSameAnswers_LoadsAndWritesNoStructureRow_AndPublishesNoStructuresChanged()
    {
        await FirstSyncAsync();

        var result = await SyncAsync(Wayne);

        result.Complete.Should().BeTrue(result.Error);
        result.StructureCount.Should().Be(23);
        StructureCommands().Should().ContainSingle().Which.Should().StartWith("UPDATE",
            "one set-based update moves the clock's fields, writing each row once; no row is read, inserted, updated alone or deleted");
        StructureCommands().Should().NotContain(sql => sql.Contains("\"StructureServices\"", StringComparison.Ordinal),
            "the snapshot names the structures with a service online: PostgreSQL would hash every owner's services for the question");
        _commands.Touching("\"StructureItems\"").Should().BeEmpty();
        _commands.Touching("\"EveSolarSystems\"").Should().ContainSingle().Which.Should().Contain("\"EveTypes\"",
            "the universe counts the owner's known types and systems in one read, and the fingerprint takes its counts");
        _commands.Touching("\"EveTypes\"").Should().ContainSingle();
        (await PublishedAsync()).Should().NotContain(e => e is StructuresChanged).And.Contain(new OwnerStatusChanged(Wayne, StructuresUnchanged: true));
        await using var db = await DbAsync();
        var now = Clock.GetUtcNow().UtcDateTime;
        (await db.Structures.CountAsync(s => s.OwnerId == Wayne && s.LastUpdatedAt == now)).Should().Be(23);
        var online = await db.Structures.Where(s => s.OwnerId == Wayne && s.Services.Any(x => x.IsOnline)).Select(s => s.Name).ToListAsync();
        var onlineNow = await db.Structures.Where(s => s.OwnerId == Wayne && s.LastOnlineAt == now).Select(s => s.Name).ToListAsync();
        onlineNow.Should().Contain("Wayne Tower").And.BeEquivalentTo(online, "a structure with a service online was online now");
        var owner = await db.Owners.SingleAsync(o => o.CorporationId == Wayne);
        owner.StructuresSync.LastSuccessAt.Should().Be(now);
        owner.AssetsSync.LastSuccessAt.Should().Be(now);
    }

    [Fact]
    public async Task Resync_AfterAChangedAnswer_AppliesIt_AndPublishesStructuresChanged()
    {
        var id = await FirstSyncAsync("Wayne Tower");

        var refuelledAt = Clock.GetUtcNow().UtcDateTime;
        await Http.PostAsJsonAsync($"/sim/control/structures/{id}/fuel", new { hours = 2000 });
        Clock.Advance(UntilCachesExpire);
        await SyncAsync(Wayne);

        LoadsOfTheRows().Should().NotBeEmpty("the apply loads the rows");
        (await PublishedAsync()).OfType<StructuresChanged>().Should().Contain(e => e.OwnerId == Wayne);
        await using var db = await DbAsync();
        (await db.Structures.SingleAsync(s => s.Id == id)).FuelExpiresAt.Should().BeCloseTo(refuelledAt.AddHours(2000), TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task Resync_AfterAnIncompleteRun_AppliesEvenTheSameAnswers()
    {
        ExpectLog("SyncFailed");
        var id = await FirstSyncAsync("Wayne Tower");
        await Http.PostAsync($"/sim/control/structures/{id}/destroy", null);
        await InjectFaultAsync(new { target = "/sim/esi/corporations/98000001/customs_offices", kind = "Status", status = 500 });
        Clock.Advance(UntilCachesExpire);

        var failed = await SyncAsync(Wayne);
        await Http.DeleteAsync("/sim/control/faults");
        _commands.Clear();
        var recovered = await SyncAsync(Wayne);

        failed.Complete.Should().BeFalse();
        failed.Removed.Should().Be(0);
        recovered.Complete.Should().BeTrue(recovered.Error);
        recovered.Removed.Should().Be(1, "the run after an incomplete one applies, though the structure list is the one it saw");
        LoadsOfTheRows().Should().NotBeEmpty();
    }

    [Fact]
    public async Task Resync_WhenTheOwnersRowsAreNotTheSnapshots_Applies()
    {
        var id = await FirstSyncAsync("Wayne Tower");
        await using (var db = await DbAsync())
        {
            await db.Structures.Where(s => s.Id == id).ExecuteDeleteAsync();
        }

        _commands.Clear();
        await SyncAsync(Wayne);

        await using var after = await DbAsync();
        (await after.Structures.AnyAsync(s => s.Id == id)).Should().BeTrue("the apply puts back a row ESI still lists");
        (await PublishedAsync()).OfType<StructuresChanged>().Should().Contain(e => e.OwnerId == Wayne);
    }

    // Syncs once, lets ESI's caches run out, then watches only what the next sync does.
    private async Task<long> FirstSyncAsync(string? name = null)
    {
        await AddOwnerAsync(90000001);
        (await SyncAsync(Wayne)).Complete.Should().BeTrue();
        Clock.Advance(UntilCachesExpire);
        Factory.Get<DashboardEvents>().Subscribe(e =>
        {
            if (e == Marker)
            {
                _markerSeen.TrySetResult();
            }
            else
            {
                _published.Add(e);
            }

            return Task.CompletedTask;
        });
        await using var db = await DbAsync();
        var id = name is null ? 0 : await db.Structures.Where(s => s.Name == name).Select(s => s.Id).SingleAsync();
        _commands.Clear();
        return id;
    }

    // A subscriber takes its changes in order: once a change published after the sync has arrived, so has the sync's.
    private static readonly DashboardEvent Marker = new TimersChanged(-1);

    private async Task<List<DashboardEvent>> PublishedAsync()
    {
        Factory.Get<DashboardEvents>().Publish(Marker);
        await _markerSeen.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return _published;
    }

    private List<string> StructureCommands() => [.. _commands.Touching("\"Structures\"")];

    // The apply reads the owner's rows with their items (a split query joins them to their structure).
    private IReadOnlyList<string> LoadsOfTheRows() => _commands.Touching("JOIN \"StructureItems\"");
}
