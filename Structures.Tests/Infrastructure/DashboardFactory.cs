using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Structures.Core.Data;
using Structures.Core.Discord;
using Structures.Dashboard.Simulation;
using Structures.Dashboard.Simulation.Sso;

namespace Structures.Tests.Infrastructure;

// The whole app on a real loopback socket, in demo mode unless the settings turn it off, with its own SQLite file
// (or PostgreSQL database, TestPostgres) and key ring and, when given, a fake clock.
public sealed class DashboardFactory : WebApplicationFactory<Program>
{
    private readonly string _folder;
    private readonly bool _ownsFolder;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly int? _lockedDatabaseSeconds;
    private readonly bool _emptyDatabase;
    private readonly TestRun _test = TestRun.Join();
    private readonly ExpectedLogs _expectedLogs = new();
    private bool _started;
    private readonly bool _ownsDatabase;
    private string? _postgres;
    private int _checkedLogs;

    // A folder given by the caller outlives this factory: a second one started on it is the app restarted. So does a
    // PostgreSQL database given by the caller (its connection string): several apps on it are instances of one install.
    public DashboardFactory(IReadOnlyDictionary<string, string?>? settings = null, FakeTimeProvider? clock = null, FakeLogCollector? logs = null, string? folder = null,
        Action<IServiceCollection>? services = null, DatabaseProvider provider = DatabaseProvider.Sqlite, string? postgresDatabase = null,
        int? lockedDatabaseSeconds = null, bool emptyDatabase = false)
    {
        _services = services;
        _lockedDatabaseSeconds = lockedDatabaseSeconds;
        _emptyDatabase = emptyDatabase;
        Provider = postgresDatabase is null ? provider : DatabaseProvider.PostgreSQL;
        _postgres = postgresDatabase;
        _ownsDatabase = postgresDatabase is null;
        _ownsFolder = folder is null;
        _folder = folder ?? Directory.CreateTempSubdirectory("structures-tests-").FullName;
        // Without a collector of the caller's, warnings and errors are kept for the end-of-test check.
        Logs = logs ?? FakeLogCollector.Create(new FakeLogCollectorOptions { FilteredLevels = { LogLevel.Warning, LogLevel.Error, LogLevel.Critical } });
        _test.Add(this);
        // The key ring is plain files in the keys folder by design (see the README's backup advice).
        ExpectLog("NoXMLEncryptorConfiguredKeyMayBePersistedToStorageInUnencryptedForm");
        _settings = settings is null ? [] : new Dictionary<string, string?>(settings);
        Clock = clock;
        UseKestrel(0);
    }

    public FakeTimeProvider? Clock { get; }

    public DatabaseProvider Provider { get; }

    public FakeLogCollector Logs { get; }

    public string DatabasePath => Path.Combine(_folder, "structures.db");

    public string KeysPath => Path.Combine(_folder, "keys");

    public string BaseUrl
    {
        get
        {
            StartServer();
            // An app using another's simulator (Simulation:ServerUrl) answers at its own address.
            if (Services.GetService<SimulatorAddress>() is { } simulator && !_settings.ContainsKey("Simulation:ServerUrl"))
            {
                SimulationExtensions.LearnSimulatorAddress(Services);
                return simulator.BaseUrl;
            }

            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        }
    }

    // A warning or error line this app may log in this test (see ExpectedLogs).
    public void ExpectLog(string eventName) => _expectedLogs.Add(eventName);

    public void ExpectLog(string category, LogLevel level) => _expectedLogs.Add(category, level);

    // A browser page still connected as the host stops can be rendering while the host's services are disposed; the
    // circuit's renderer then logs the disposed service provider. That is the test's teardown, not the app's doing.
    public void ExpectRendersCutShortByStopping() => _expectedLogs.Add(r =>
        r.Id.Name == "ExceptionRenderingComponent" && r.Exception is ObjectDisposedException { ObjectName: "IServiceProvider" });

    // A test that breaks the database expects EF Core's own error lines about the commands that fail.
    public void ExpectDatabaseErrors() => ExpectLog("Microsoft.EntityFrameworkCore.*", LogLevel.Error);

    // The unexpected lines logged since the last call: each is reported once, to the test (or clean-up) it happened in.
    public List<FakeLogRecord> TakeUnexpectedLogs()
    {
        if (!_started)
        {
            return [];
        }

        var records = Logs.GetSnapshot();
        var fresh = records.Skip(_checkedLogs).ToList();
        _checkedLogs = records.Count;
        return _expectedLogs.Unexpected(fresh);
    }

    // Fails the caller when the app logged an unexpected line since the last check, saying when.
    public void ThrowOnUnexpectedLogs(string when)
    {
        var unexpected = TakeUnexpectedLogs();
        if (unexpected.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"The app logged {unexpected.Count} line(s) {when} that were not expected (declare them with ExpectLog):{Environment.NewLine}"
                + string.Join(Environment.NewLine, unexpected.Select(ExpectedLogs.Describe)));
        }
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    // Real HTTP over the socket, redirects left to the test.
    public HttpClient CreateHttpClient(bool followRedirects = false) =>
        new(new HttpClientHandler { AllowAutoRedirect = followRedirects, UseCookies = followRedirects })
        {
            BaseAddress = new Uri(BaseUrl),
        };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        _test.StartedHost = true;
        _started = true;
        builder.UseSetting("Simulation:Enabled", "true");
        var connectionString = Provider == DatabaseProvider.PostgreSQL ? _postgres ??= TestPostgres.CreateDatabase(StartsMigrated()) : SqliteConnectionString();
        if (Provider == DatabaseProvider.Sqlite && _ownsFolder && !File.Exists(DatabasePath) && StartsMigrated())
        {
            MigratedSqlite.CopyTo(DatabasePath);
        }

        builder.UseSetting("Data:Provider", Provider.ToString());
        builder.UseSetting("Data:ConnectionString", connectionString);
        builder.UseSetting("Simulation:ConnectionString", connectionString);
        builder.UseSetting("DataProtection:KeysPath", KeysPath);

        // Tests drive syncs themselves, on a clock they control.
        builder.UseSetting("Structures:SchedulerEnabled", "false");
        builder.UseSetting("Simulation:SeedOwners", "false");
        builder.UseSetting("Esi:RetryBaseDelay", "00:00:00");
        // Every test signs in from the same loopback address; the tests of the limits set their own.
        builder.UseSetting("RateLimits:AuthPermitLimit", "1000000");
        builder.UseSetting("RateLimits:StatusPermitLimit", "1000000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(new FakeLoggerProvider(Logs)));
        builder.ConfigureServices(services => services.AddHttpClient(DiscordWebhookClient.HttpClientName).AddHttpMessageHandler(() => new LoopbackOnlyHandler()));

        if (Clock is not null)
        {
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        }

        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }

    // A new app on a new SQLite file or PostgreSQL database of its own starts on a migrated copy (MigratedSqlite,
    // TestPostgres), unless asked or set otherwise.
    private bool StartsMigrated() => !_emptyDatabase
        && !_settings.Keys.Any(k => k.StartsWith("Data:", StringComparison.Ordinal) || k is "Simulation:Enabled" or "Simulation:ConnectionString");

    // A test that locks the SQLite file may shorten how long a command keeps retrying before it fails (the driver's
    // Default Timeout, 30 seconds unless given); SQLite's own busy_timeout, set by the app, still applies per try.
    private string SqliteConnectionString() => _lockedDatabaseSeconds is { } seconds
        ? $"Data Source={DatabasePath};Default Timeout={seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
        : $"Data Source={DatabasePath}";

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_postgres is not null && _ownsDatabase)
        {
            TestPostgres.DropDatabase(_postgres);
        }

        if (!_ownsFolder)
        {
            return;
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left to the OS temp cleaner rather than failing the test.
        }
    }
}
