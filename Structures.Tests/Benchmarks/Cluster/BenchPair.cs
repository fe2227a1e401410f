using Structures.Tests.Infrastructure;

namespace Structures.Tests.Benchmarks.Cluster;

// Two instances of one install in this process, as TwoHosts sets them up for the tests: one fresh PostgreSQL
// database, the second app using the first one's simulated EVE server and Discord. Each app's own ESI and Discord
// clients are timed by its own probe, so what each instance did can be told apart.
internal sealed class BenchPair : IAsyncDisposable
{
    private readonly string _database;

    private BenchPair(string database, BenchApp a, BenchApp b)
    {
        _database = database;
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
        var a = BenchApp.Start(settings, database);
        var second = new Dictionary<string, string?>(settings) { ["Simulation:ServerUrl"] = a.Factory.BaseUrl };
        return new BenchPair(database, a, BenchApp.Start(second, database));
    }

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        TestPostgres.DropDatabase(_database);
    }
}
