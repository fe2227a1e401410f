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
    public async Task FirstSync_StoresEveryRowOfTheOwner_WrittenApartFromTheSave()
    {
        await AddOwnerAsync(90000001);
        _commands.Clear();

        (await SyncAsync(Wayne)).Complete.Should().BeTrue();

        var inserts = _commands.All.Where(sql => sql.Contains("INSERT INTO", StringComparison.Ordinal)).ToList();
        foreach (var table in CopiedTables)
        {
            inserts.Should().NotContain(sql => sql.Contains($"INSERT INTO {table}", StringComparison.Ordinal),
                "a first sync writes {0}'s rows apart from the save ({1})", table, _provider == DatabaseProvider.PostgreSQL ? "COPY" : "one prepared INSERT");
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

    [Fact]
    public async Task FirstSync_StoresTheRowsTheSaveWouldHave()
    {
        await AddOwnerAsync(90000001);
        (await SyncAsync(Wayne)).Complete.Should().BeTrue();
        var written = await RowsAsync();

        // The same structures, read back and stored again through EF Core's save alone.
        await using (var db = await DbAsync())
        {
            var structures = await db.Structures.AsNoTrackingWithIdentityResolution().Where(s => s.OwnerId == Wayne)
                .Include(s => s.Services).Include(s => s.Items).Include(s => s.Tags).Include(s => s.Starbase).Include(s => s.CustomsOffice)
                .AsSplitQuery().ToListAsync();
            await db.Structures.Where(s => s.OwnerId == Wayne).ExecuteDeleteAsync();
            (await RowsAsync()).Should().BeEmpty("the owner's rows and those hanging from them are gone");
            foreach (var structure in structures)
            {
                db.ChangeTracker.TrackGraph(structure, n => n.Entry.State = n.Entry.Entity is global::Structures.Core.Structures.StructureTag ? EntityState.Unchanged : EntityState.Added);
            }

            await db.SaveChangesAsync();
        }

        written.Should().HaveCountGreaterThan(23 + 26 + 83).And.OnlyHaveUniqueItems();
        (await RowsAsync()).Should().Equal(written);
    }

    // Every column of the owner's rows in the six tables, as the database holds them (its own types and text).
    private async Task<List<string>> RowsAsync()
    {
        const string Owned = "SELECT \"Id\" FROM \"Structures\" WHERE \"OwnerId\" = 98000001";
        (string Table, string Where, string Order)[] tables =
        [
            ("\"Structures\"", "\"OwnerId\" = 98000001", "\"Id\""),
            ("\"StructureServices\"", $"\"StructureId\" IN ({Owned})", "\"StructureId\", \"Name\", \"Id\""),
            ("\"StructureItems\"", $"\"StructureId\" IN ({Owned})", "\"Id\""),
            ("\"StarbaseDetails\"", $"\"StructureId\" IN ({Owned})", "\"StructureId\""),
            ("\"CustomsOfficeDetails\"", $"\"StructureId\" IN ({Owned})", "\"StructureId\""),
            ("\"StructureTagLinks\"", $"\"StructuresId\" IN ({Owned})", "\"StructuresId\", \"TagsId\""),
        ];
        await using var db = await DbAsync();
        await db.Database.OpenConnectionAsync();
        var rows = new List<string>();
        foreach (var (table, where, order) in tables)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT * FROM {table} WHERE {where} ORDER BY {order}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add($"{table}: " + string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}={Stored(reader.GetValue(i))}")));
            }
        }

        return rows;
    }

    private static string Stored(object value) => value switch
    {
        DBNull => "null",
        DateTime instant => $"DateTime {instant:O} {instant.Kind}",
        byte[] bytes => $"bytes {Convert.ToHexString(bytes)}",
        IFormattable formattable => $"{value.GetType().Name} {formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture)}",
        _ => $"{value.GetType().Name} {value}",
    };

    private static Task<int> TagLinksOfAsync(StructuresDbContext db) => db.Structures.Where(s => s.OwnerId == Wayne).SelectMany(s => s.Tags).CountAsync();
}
