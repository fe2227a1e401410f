using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Structures;

// Runs on PostgreSQL too (Core/Data/OnPostgresTests.cs): there a first sync copies its rows instead of inserting them.
public class FirstSyncSaveTests : AppTest
{
    private const long Wayne = 98000001;
    private static readonly string[] CopiedTables = ["\"Structures\"", "\"StructureServices\"", "\"StructureItems\"", "\"StarbaseDetails\"", "\"CustomsOfficeDetails\"", "\"StructureTagLinks\""];
    private readonly DbCommandLog _commands;
    private readonly DatabaseProvider _provider;

    public FirstSyncSaveTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected FirstSyncSaveTests(DatabaseProvider provider)
        : this(provider, new DbCommandLog())
    {
    }

    private FirstSyncSaveTests(DatabaseProvider provider, DbCommandLog commands)
        : base(fakeClock: true, provider: provider, services: commands.AddTo)
    {
        _commands = commands;
        _provider = provider;
    }

    [Fact]
    public async Task FirstSync_StoresEveryRowOfTheOwner_CopiedOnPostgres_InsertedOnSqlite()
    {
        await AddOwnerAsync(90000001);
        _commands.Clear();

        (await SyncAsync(Wayne)).Complete.Should().BeTrue();

        var inserts = _commands.All.Where(sql => sql.Contains("INSERT INTO", StringComparison.Ordinal)).ToList();
        foreach (var table in CopiedTables)
        {
            if (_provider == DatabaseProvider.PostgreSQL)
            {
                inserts.Should().NotContain(sql => sql.Contains($"INSERT INTO {table}", StringComparison.Ordinal), "a first sync copies {0}'s rows", table);
            }
            else
            {
                inserts.Should().Contain(sql => sql.Contains($"INSERT INTO {table}", StringComparison.Ordinal), "SQLite inserts {0}'s rows", table);
            }
        }

        await using var db = await DbAsync();
        (await db.Structures.CountAsync(s => s.OwnerId == Wayne)).Should().Be(23);
        var links = await TagLinksOfAsync(db);
        links.Should().BeGreaterThan(23, "every structure has its space's tag, some more");
        (await db.Set<Dictionary<string, object>>("StructureTagLinks").CountAsync()).Should().Be(links);
        var rows = await db.Structures.Where(s => s.OwnerId == Wayne)
            .Select(s => new { Services = s.Services.Count, Online = s.Services.Count(x => x.IsOnline), Items = s.Items.Count, Starbase = s.Starbase != null, Poco = s.CustomsOffice != null })
            .ToListAsync();
        new { Services = rows.Sum(r => r.Services), Online = rows.Sum(r => r.Online), Items = rows.Sum(r => r.Items), Starbases = rows.Count(r => r.Starbase), Pocos = rows.Count(r => r.Poco) }
            .Should().BeEquivalentTo(new { Services = 26, Online = 26, Items = 83, Starbases = 3, Pocos = 3 });
    }

    private static Task<int> TagLinksOfAsync(StructuresDbContext db) => db.Structures.Where(s => s.OwnerId == Wayne).SelectMany(s => s.Tags).CountAsync();
}
