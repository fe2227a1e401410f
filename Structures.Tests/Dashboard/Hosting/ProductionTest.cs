using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Hosting;

// A test of the production example, each in its own temporary folder for data and keys.
public abstract class ProductionTest : IAsyncLifetime
{
    protected string Folder { get; } = Directory.CreateTempSubdirectory("structures-production-").FullName;

    private readonly List<DashboardFactory> _started = [];

    protected DashboardFactory Start(IReadOnlyDictionary<string, string?>? changes = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        var factory = ProductionExample.Start(Folder, changes, services);
        _started.Add(factory);
        return factory;
    }

    protected static HttpClient Client(DashboardFactory factory) => factory.CreateHttpClient();

    // What the last refused start logged.
    protected IReadOnlyList<FakeLogRecord> Logs { get; private set; } = [];

    // Why the app would not start with these changes: the one critical line it logs.
    protected string Refusal(IReadOnlyDictionary<string, string?>? changes = null, bool demo = false)
    {
        var logs = new FakeLogCollector();
        var factory = demo ? new DashboardFactory(changes, logs: logs, folder: Folder) : ProductionExample.Start(Folder, changes, logs: logs);
        _started.Add(factory);
        factory.ExpectLog("StartRefused");
        // A refusal found once the host runs (a demo database) also fails the host's start.
        factory.ExpectLog("HostedServiceStartupFaulted");

        var start = () => factory.BaseUrl;

        start.Should().Throw<Exception>();
        Logs = logs.GetSnapshot();
        return Logs.Should().ContainSingle(l => l.Level == LogLevel.Critical).Which.Message;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var factory in _started)
        {
            await factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS temp cleaner.
        }
    }
}
