using System.Text.Json;

namespace Structures.Tests.Benchmarks;

// Runs a whole benchmark scenario, so it stays out of the default suite: `bash .ci/test --filter Category=Bench`.
[Trait("Category", "Bench")]
public sealed class BenchProgramTests
{
    [Fact]
    public async Task Main_WithSmoke_WritesTheDrainOnEachEngineWithItsFigures()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("structures-bench-").FullName, "results.json");

        var exit = await BenchProgram.Main(["bench", "--smoke", "--out", output]);

        exit.Should().Be(0);
        using var results = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var scenarios = results.RootElement.GetProperty("scenarios").EnumerateArray().ToList();
        // Once per engine: SQLite, and PostgreSQL when the run has a server (bash .ci/test starts one).
        string[] engines = Environment.GetEnvironmentVariable(Infrastructure.TestPostgres.Variable) is { Length: > 0 } ? ["sqlite", "postgres"] : ["sqlite"];
        scenarios.Select(s => s.GetProperty("engine").GetString()).Should().Equal(engines);
        foreach (var scenario in scenarios)
        {
            scenario.GetProperty("scenario").GetString().Should().Be("drain");
            scenario.GetProperty("figures").EnumerateObject().Should().NotBeEmpty();
            scenario.GetProperty("target").GetString().Should().NotBeNullOrEmpty();
        }
    }

    [Fact]
    public async Task Main_WithSmokeSyncOfOneSize_MeasuresTheAppInAProcessOfItsOwn()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("structures-bench-").FullName, "results.json");

        var exit = await BenchProgram.Main(["bench", "--smoke", "--only", "sync", "--owners", "2", "--provider", "sqlite", "--out", output]);

        exit.Should().Be(0);
        using var results = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var scenario = results.RootElement.GetProperty("scenarios")[0];
        var figures = scenario.GetProperty("figures");
        figures.GetProperty("structures").GetDouble().Should().Be(40, "2 owners x 20 structures, synced by the app's own job");
        figures.GetProperty("first_sync_s").GetDouble().Should().BePositive();
        figures.GetProperty("resync_s").GetDouble().Should().BePositive();
        figures.GetProperty("product_peak_working_set_mb").GetDouble().Should().BePositive();
        figures.GetProperty("simulator_peak_working_set_mb").GetDouble().Should().BePositive();
        // The app ran in another process than this one, which served the simulated EVE server.
        var log = await File.ReadAllTextAsync(Path.Combine(scenario.GetProperty("parameters").GetProperty("logs").GetString()!, "app.log"));
        var pid = int.Parse(System.Text.RegularExpressions.Regex.Match(log, "started, process ([0-9]+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        pid.Should().NotBe(Environment.ProcessId);
    }

    [Fact]
    public async Task Main_WithSmokeOverhead_TimesTheAlertsInAProcessWithTheDashboardsCompilation()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("structures-bench-").FullName, "results.json");

        var exit = await BenchProgram.Main(["bench", "--smoke", "--only", "overhead", "--provider", "sqlite", "--out", output]);

        exit.Should().Be(0);
        using var results = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var figures = results.RootElement.GetProperty("scenarios")[0].GetProperty("figures");
        figures.GetProperty("alerts_measured").GetDouble().Should().Be(8, "2 owners x 2 rounds x 2 attacks");
        figures.GetProperty("tiered_compilation").GetDouble().Should().Be(0, "the Dashboard ships with tiered compilation off");
    }
}
