using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Structures.Tests.Infrastructure;

// One running app shared by a test class that only reads: a director of Wayne Technologies is signed in with every scope.
public sealed class SimulatorFixture : IAsyncLifetime
{
    public DashboardFactory Factory { get; } = new();

    public HttpClient Http { get; private set; } = null!;

    public JsonElement World { get; private set; }

    public async Task InitializeAsync()
    {
        Http = Factory.CreateHttpClient();
        var tokens = await new SimulatedSso(Http).SignInAsync(90000001);
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        World = await Http.GetFromJsonAsync<JsonElement>("/sim/control/world");
    }

    public long StructureId(string kind) =>
        World.GetProperty("structures").EnumerateArray()
            .First(s => s.GetProperty("kind").GetString() == kind && s.GetProperty("corporationId").GetInt64() == 98000001)
            .GetProperty("id").GetInt64();

    public long SystemOf(long structureId) =>
        World.GetProperty("structures").EnumerateArray().First(s => s.GetProperty("id").GetInt64() == structureId).GetProperty("systemId").GetInt64();

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Factory.DisposeAsync();
    }
}
