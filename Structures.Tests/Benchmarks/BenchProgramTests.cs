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
}
