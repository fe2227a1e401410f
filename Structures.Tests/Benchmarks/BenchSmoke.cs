using System.Text.Json;

namespace Structures.Tests.Benchmarks;

// The benchmark command run from a test, small: each scenario's figures and note from the results file it wrote.
internal static class BenchSmoke
{
    public static async Task<Dictionary<string, JsonElement>> RunAsync(string only)
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("structures-bench-").FullName, "results.json");
        var exit = await BenchProgram.Main(["bench", "--smoke", "--only", only, "--out", output]);
        exit.Should().Be(0);
        using var results = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        return results.RootElement.GetProperty("scenarios").EnumerateArray()
            .ToDictionary(s => s.GetProperty("scenario").GetString()!, s => s.Clone());
    }

    public static double Figure(JsonElement scenario, string name) => scenario.GetProperty("figures").GetProperty(name).GetDouble();
}
