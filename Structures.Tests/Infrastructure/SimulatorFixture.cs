using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Structures.Tests.Infrastructure;

// One running app shared by a test class that only reads: a director of Wayne Technologies is signed in with every scope.
// A class whose cases add to the world without reading each other's additions may share a fixture of its own
// settings and clock.
public class SimulatorFixture : IAsyncLifetime
{
    public SimulatorFixture()
        : this(new DashboardFactory())
    {
    }

    protected SimulatorFixture(DashboardFactory factory) => Factory = factory;

    public DashboardFactory Factory { get; }

    private HttpClient _http = null!;

    // A test reading through this client runs against the fixture's app.
    public HttpClient Http
    {
        get
        {
            // Its warnings and errors are checked after each test that reads through it, as for an app of the test's own.
            TestRun.Reads(Factory);
            return _http;
        }
    }

    public JsonElement World { get; private set; }

    public async Task InitializeAsync()
    {
        _http = Factory.CreateHttpClient();
        var tokens = await new SimulatedSso(_http).SignInAsync(90000001);
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        World = await _http.GetFromJsonAsync<JsonElement>("/sim/control/world");
    }

    public long StructureId(string kind, long corporationId = 98000001) =>
        World.GetProperty("structures").EnumerateArray()
            .First(s => s.GetProperty("kind").GetString() == kind && s.GetProperty("corporationId").GetInt64() == corporationId)
            .GetProperty("id").GetInt64();

    public long SystemOf(long structureId) =>
        World.GetProperty("structures").EnumerateArray().First(s => s.GetProperty("id").GetInt64() == structureId).GetProperty("systemId").GetInt64();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await Factory.DisposeAsync();
        Factory.ThrowOnUnexpectedLogs("while its shared app ran outside a test, or stopped");
    }
}
