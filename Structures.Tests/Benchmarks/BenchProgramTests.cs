using System.Text.Json;

namespace Structures.Tests.Benchmarks;

// Runs a whole benchmark scenario, so it stays out of the default suite: `bash .ci/test --filter Category=Bench`.
[Trait("Category", "Bench")]
public sealed class BenchProgramTests
{
    [Fact]
    public async Task Main_WithSmoke_WritesOneScenarioWithItsFigures()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("structures-bench-").FullName, "results.json");

        var exit = await BenchProgram.Main(["bench", "--smoke", "--out", output]);

        exit.Should().Be(0);
        using var results = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var scenario = results.RootElement.GetProperty("scenarios").EnumerateArray().Should().ContainSingle().Subject;
        scenario.GetProperty("scenario").GetString().Should().Be("drain");
        scenario.GetProperty("figures").EnumerateObject().Should().NotBeEmpty();
        scenario.GetProperty("target").GetString().Should().NotBeNullOrEmpty();
    }
}
