using System.Diagnostics;
using System.Text.Json;

namespace Structures.Tests.Benchmarks;

// The Dashboard ships with tiered compilation off (Structures.Dashboard.csproj): each method is compiled once,
// optimized. This process has it on, and while a scenario's first moments are timed it recompiles thousands of the
// start's methods in the background (tier 1 and dynamic PGO), a cost no install pays. Such a scenario runs in a bench
// process of its own, started with the Dashboard's settings (and its garbage collector's, ProductGcSettings); its
// simulator shares that process and those settings.
internal static class ShippedJitRun
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static bool InThisProcess => Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") == "0";

    public static async Task<BenchResult> RunAsync(string scenario, bool smoke, Func<Task<BenchResult>> run)
    {
        if (InThisProcess)
        {
            return await run();
        }

        var output = Path.Combine(Directory.CreateTempSubdirectory($"structures-bench-{scenario}-").FullName, "results.json");
        var start = new ProcessStartInfo(Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] args = [typeof(ShippedJitRun).Assembly.Location, "bench", "--only", scenario, "--provider", BenchEngines.Name(BenchEngines.Current), "--out", output];
        args.Concat(smoke ? ["--smoke"] : []).ToList().ForEach(start.ArgumentList.Add);
        ProductGcSettings.ApplyTo(start);
        start.Environment["DOTNET_TieredCompilation"] = "0";
        using var child = Process.Start(start)!;
        var printed = child.StandardOutput.ReadToEndAsync();
        var errors = child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"The {scenario} scenario's process ended with {child.ExitCode}:{Environment.NewLine}{await printed}{await errors}");
        }

        using var results = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        return results.RootElement.GetProperty("scenarios")[0].Deserialize<BenchResult>(Json)!;
    }
}
