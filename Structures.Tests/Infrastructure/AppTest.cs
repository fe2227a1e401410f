using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Structures.Core.Data;
using Structures.Core.Owners;
using Structures.Core.Sso;
using Structures.Core.Structures;
using Structures.Core.Webhooks;

namespace Structures.Tests.Infrastructure;

// A test against the running app in demo mode: its own database, real HTTP, a signed-in SSO helper.
public abstract class AppTest(
    IReadOnlyDictionary<string, string?>? settings = null,
    bool fakeClock = false,
    Action<IServiceCollection>? services = null,
    Microsoft.Extensions.Logging.Testing.FakeLogCollector? logs = null,
    DatabaseProvider provider = DatabaseProvider.Sqlite,
    int? lockedDatabaseSeconds = null,
    bool emptyDatabase = false) : IAsyncLifetime
{
    private HttpClient? _http;

    protected DashboardFactory Factory { get; } = new(settings, fakeClock ? new FakeTimeProvider(WholeSecond(TimeProvider.System.GetUtcNow())) : null, logs, services: services, provider: provider, lockedDatabaseSeconds: lockedDatabaseSeconds, emptyDatabase: emptyDatabase);

    private static DateTimeOffset WholeSecond(DateTimeOffset now) => now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));

    // A warning or error line the app may log in this test; any other fails it when the test ends.
    protected void ExpectLog(string eventName) => Factory.ExpectLog(eventName);

    protected void ExpectLog(string category, Microsoft.Extensions.Logging.LogLevel level) => Factory.ExpectLog(category, level);

    protected FakeTimeProvider Clock => Factory.Clock ?? throw new InvalidOperationException("This test runs on the real clock.");

    protected async Task<string> SignInAsync(long characterId, IEnumerable<string>? scopes = null) =>
        (await Sso.SignInAsync(characterId, scopes)).AccessToken;

    protected async Task<HttpResponseMessage> EsiGetAsync(string path, string? accessToken = null, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/sim/esi{path}");
        if (accessToken is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await Http.SendAsync(request);
    }

    // The message of an error ESI answered with (its "error" field).
    protected static async Task<string?> EsiErrorAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("error").GetString();

    // A director adds their corporation as an owner, through the same SSO round and registry the dashboard uses.
    protected async Task<AddOwnerResult> AddOwnerAsync(long directorId)
    {
        var tokens = await Sso.SignInAsync(directorId);
        var identity = (await Factory.Get<EveTokenValidator>().ValidateAsync(tokens.AccessToken, default)).Identity!;
        return await Factory.Get<OwnerRegistry>().AddAsync(global::Structures.Core.Access.ViewerId.System, identity, tokens.AccessToken, tokens.RefreshToken!, default);
    }

    // A browser without JavaScript: signs in through the simulated SSO and keeps the app's cookie.
    protected async Task<HttpClient> SignedInClientAsync(long characterId)
    {
        var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = new Uri(Factory.BaseUrl) };
        await SsoRoundTripAsync(browser, "/auth/login?returnUrl=/", characterId);
        return browser;
    }

    // Starts an EVE SSO round at startPath, picks the character on the simulated SSO page (whose request a test may
    // tamper with first, as a user can), follows the callback and returns where it sends the browser.
    internal static async Task<string> SsoRoundTripAsync(HttpClient browser, string startPath, long characterId, Action<Dictionary<string, string>>? tamper = null)
    {
        using var challenge = await browser.GetAsync(startPath);
        var authorize = challenge.Headers.Location!;
        var form = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(authorize.Query).ToDictionary(q => q.Key, q => q.Value.ToString());
        form["character_id"] = characterId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        tamper?.Invoke(form);
        using var chosen = await browser.PostAsync(authorize.AbsolutePath, new FormUrlEncodedContent(form));
        using var callback = await browser.GetAsync(chosen.Headers.Location);
        callback.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect, "the SSO round trip completes");
        return callback.Headers.TryGetValues("Location", out var location) ? location.Single() : "";
    }

    // The character once it has signed in (which records its corporation and alliance), as its session names it to Core.
    protected async Task<global::Structures.Core.Access.ViewerId> SignedInViewerAsync(long characterId)
    {
        using var _ = await SignedInClientAsync(characterId);
        return await ViewerIdOfAsync(characterId);
    }

    protected async Task<global::Structures.Core.Access.ViewerId> ViewerIdOfAsync(long characterId)
    {
        var hash = await Factory.Get<global::Structures.Core.Access.Viewers>().OwnerHashAsync(characterId, default);
        return global::Structures.Core.Access.ViewerId.Character(characterId, hash!);
    }

    // Gives a permission as an admin would on the access settings page.
    protected async Task GrantAsync(global::Structures.Core.Access.Permission permission, global::Structures.Core.Access.GranteeKind kind, long granteeId)
    {
        await using var db = await DbAsync();
        db.PermissionGrants.Add(new global::Structures.Core.Access.PermissionGrant
        {
            Permission = permission, GranteeKind = kind, GranteeId = granteeId, GranteeName = $"{kind} {granteeId}", GrantedBy = "test",
        });
        await db.SaveChangesAsync();
    }

    protected Task<StructureSyncResult> SyncAsync(long ownerId) => Factory.Get<StructureSynchronizer>().SyncAsync(ownerId, default);

    protected async Task<StructuresDbContext> DbAsync() =>
        await Factory.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();

    // The id of the one synced structure of that name.
    protected async Task<long> StructureIdAsync(string name)
    {
        await using var db = await DbAsync();
        return await db.Structures.Where(s => s.Name == name).Select(s => s.Id).SingleAsync();
    }

    // Drives every webhook's dispatcher as its background worker would, moving the fake clock to each time it asks.
    protected async Task DeliverAllAsync()
    {
        await using var db = await DbAsync();
        foreach (var webhook in await db.Webhooks.Select(w => w.Id).ToListAsync())
        {
            while (await Factory.Get<WebhookDispatcher>().DrainAsync(webhook, default) is { } comeBack)
            {
                var wait = comeBack - Clock.GetUtcNow().UtcDateTime;
                Clock.Advance(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1));
            }
        }
    }

    protected async Task InjectFaultAsync(object fault)
    {
        using var response = await Http.PostAsJsonAsync("/sim/control/faults", fault);
        response.EnsureSuccessStatusCode();
    }

    protected HttpClient Http => _http ??= Factory.CreateHttpClient();

    protected SimulatedSso Sso => new(Http);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        _http?.Dispose();
        Factory.ExpectRendersCutShortByStopping();
        await Factory.DisposeAsync();
        // Stopping is part of the test: a warning logged while the app shuts down fails it too.
        Factory.ThrowOnUnexpectedLogs("while stopping");
    }
}
