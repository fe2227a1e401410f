using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Structures.Core.Data;

namespace Structures.Tests.Dashboard.Hosting;

public sealed class ProductionStartTests : ProductionTest
{
    [Fact]
    public async Task ProductionExample_ServesLiveHealth_WithNoSimulatorOrDemoRoute()
    {
        await using var app = Start();
        using var http = Client(app);

        using var live = await http.SendAsync(ProductionExample.ThroughProxy("/health/live", https: false));
        using var simulator = await http.SendAsync(ProductionExample.ThroughProxy("/sim/control/world"));
        using var demo = await http.SendAsync(ProductionExample.ThroughProxy("/demo/discord"));

        live.StatusCode.Should().Be(HttpStatusCode.OK);
        simulator.StatusCode.Should().Be(HttpStatusCode.NotFound);
        demo.StatusCode.Should().Be(HttpStatusCode.NotFound);
        app.Get<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Select(e => "/" + e.RoutePattern.RawText?.TrimStart('/'))
            .Should().NotContain(route => route.StartsWith("/sim", StringComparison.OrdinalIgnoreCase) || route.StartsWith("/demo", StringComparison.OrdinalIgnoreCase))
            .And.Contain("/health/live");
    }

    [Fact]
    public void Start_WithoutEveCredentials_IsRefused_NamingWhatToSet()
    {
        var reason = Refusal(new Dictionary<string, string?> { ["Eve:ClientId"] = "", ["Eve:ClientSecret"] = "" });

        reason.Should().Contain("Eve:ClientId").And.Contain("Eve:ClientSecret").And.Contain("Eve__ClientId");
    }

    [Fact]
    public void Start_WithTheDemoSwitchOutsideDevelopment_IsRefused()
    {
        var reason = Refusal(new Dictionary<string, string?> { ["Simulation:Enabled"] = "true" });

        reason.Should().Contain("Simulation:Enabled is true in the Production environment");
    }

    [Fact]
    public void Start_WithNeitherTheDemoSwitchNorEveCredentialsInDevelopment_IsRefused()
    {
        var reason = Refusal(new Dictionary<string, string?> { ["environment"] = "Development", ["Eve:ClientId"] = null, ["Eve:ClientSecret"] = null });

        reason.Should().Contain("Eve:ClientId");
    }

    [Fact]
    public async Task Start_OnADemoDatabase_IsRefused()
    {
        var file = Path.Combine(Folder, "data", "structures.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await using (var connection = new SqliteConnection($"Data Source={file}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA application_id = {DatabaseMark.DemoMark}";
            await command.ExecuteNonQueryAsync();
        }

        var reason = Refusal();

        reason.Should().Contain("is a demo database").And.Contain("Data:ConnectionString");
    }

    [Fact]
    public async Task Start_OnAFreshDatabase_MarksItAsReal()
    {
        await using var app = Start();
        _ = app.BaseUrl;

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(Folder, "data", "structures.db")};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA application_id";
        Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture).Should().Be(DatabaseMark.RealMark);
        Directory.GetFiles(Path.Combine(Folder, "keys")).Should().NotBeEmpty();
    }
}
