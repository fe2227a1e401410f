using Structures.Tests.Infrastructure;

namespace Structures.Tests.Benchmarks.Cluster;

// Two instances of one install in this process, as TwoHosts sets them up for the tests: one fresh PostgreSQL
// database, the second app using the first one's simulated EVE server and Discord, both on one key ring (one
// folder, as instances mounting one volume), so that either can use the refresh tokens the other stored. Each app's
// own ESI and Discord clients are timed by its own probe, so what each instance did can be told apart.
internal sealed class BenchPair : IAsyncDisposable
{
    private readonly string _database;
    private readonly string _keys;

    private BenchPair(string database, string keys, BenchApp a, BenchApp b)
    {
        _database = database;
        _keys = keys;
        A = a;
        B = b;
    }

    // The first instance, which also plays EVE and Discord for both.
    public BenchApp A { get; }

    public BenchApp B { get; }

    public IReadOnlyList<BenchApp> Both => [A, B];

    public static BenchPair Start(IReadOnlyDictionary<string, string?> settings)
    {
        var database = TestPostgres.CreateDatabase();
        var keys = Directory.CreateTempSubdirectory("structures-bench-keys-").FullName;
        var first = new Dictionary<string, string?>(settings) { ["DataProtection:KeysPath"] = keys };
        var a = BenchApp.Start(first, database);
        var second = new Dictionary<string, string?>(first) { ["Simulation:ServerUrl"] = a.Factory.BaseUrl };
        return new BenchPair(database, keys, a, BenchApp.Start(second, database));
    }

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        TestPostgres.DropDatabase(_database);
        Directory.Delete(_keys, recursive: true);
    }
}
