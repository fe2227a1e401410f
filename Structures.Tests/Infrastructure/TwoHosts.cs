using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Structures.Core.Access;
using Structures.Core.Data;
using Structures.Core.Owners;
using Structures.Core.Sso;

namespace Structures.Tests.Infrastructure;

// Two instances of one install: two apps on one PostgreSQL database (TestPostgres), the second using the first
// one's simulated EVE server and Discord (Simulation:ServerUrl), as two real instances share EVE and Discord. Each
// app has its own key ring folder and log check; both run on the clock given, if any.
public sealed class TwoHosts : IAsyncDisposable
{
    private readonly FakeTimeProvider? _clock;
    private readonly Action<IServiceCollection>? _services;
    private readonly Dictionary<string, string?> _others;

    public TwoHosts(IReadOnlyDictionary<string, string?>? settings = null, FakeTimeProvider? clock = null, Action<IServiceCollection>? services = null)
    {
        (_clock, _services) = (clock, services);
        Database = TestPostgres.CreateDatabase(migrated: true);
        A = new DashboardFactory(settings, clock, services: services, postgresDatabase: Database);
        _others = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Simulation:ServerUrl"] = A.BaseUrl };
        B = new DashboardFactory(_others, clock, services: services, postgresDatabase: Database);
        _ = B.BaseUrl;
    }

    public string Database { get; }

    // The first instance, which also plays EVE and Discord for both.
    public DashboardFactory A { get; }

    public DashboardFactory B { get; }

    public IEnumerable<DashboardFactory> Both => [A, B];

    // A director adds their corporation as an owner on instance A, through the simulated SSO both instances use.
    public async Task<AddOwnerResult> AddOwnerAsync(long directorId)
    {
        using var http = A.CreateHttpClient();
        var tokens = await new SimulatedSso(http).SignInAsync(directorId);
        var identity = (await A.Get<EveTokenValidator>().ValidateAsync(tokens.AccessToken, default)).Identity!;
        return await A.Get<OwnerRegistry>().AddAsync(ViewerId.System, identity, tokens.AccessToken, tokens.RefreshToken!, default);
    }

    // A third instance of the install, started now; the caller disposes of it.
    public DashboardFactory Another()
    {
        var another = new DashboardFactory(_others, _clock, services: _services, postgresDatabase: Database);
        _ = another.BaseUrl;
        return another;
    }

    public async Task<StructuresDbContext> DbAsync() =>
        await A.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        TestPostgres.DropDatabase(Database);
        B.ThrowOnUnexpectedLogs("while instance B stopped");
        A.ThrowOnUnexpectedLogs("while instance A stopped");
    }
}
