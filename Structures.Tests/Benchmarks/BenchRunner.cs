using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Structures.Core.Data;

namespace Structures.Tests.Benchmarks;

// Runs the chosen scenarios one after another, prints a table and writes results.json.
internal sealed class BenchRunner(BenchOptions options, TextWriter output)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // A figure that could not be taken is NaN, written as such.
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public async Task<List<BenchResult>> RunAsync()
    {
        // Sync at scale runs first: it reports the process's peak working set, which earlier scenarios would inflate.
        var scenarios = new (string Name, Func<Task<BenchResult>> Run)[]
        {
            ("sync", () => SyncScaleScenario.RunAsync(options)),
            ("overhead", () => ShippedJitRun.RunAsync("overhead", options.Smoke, () => AlertOverheadScenario.RunAsync(options.Smoke))),
            ("cache", () => CacheDelayScenario.RunAsync(options.Smoke)),
            ("drain", () => DiscordDrainScenario.RunAsync(options.Smoke)),
            ("board", () => LiveBoardScenario.RunAsync(options.Smoke, options.BoardPages)),
            ("drain-cluster", () => Cluster.DrainClusterScenario.RunAsync(options.Smoke)),
            ("sync-cluster", () => Cluster.SyncClusterScenario.RunAsync(options.Smoke)),
            ("failover", () => Cluster.FailoverScenario.RunAsync(options.Smoke)),
            ("board-cluster", () => Cluster.BoardClusterScenario.RunAsync(options.Smoke, options.BoardPages)),
            ("image", Image.ImageScenario.RunAsync),
            ("soak", () => Soak.ChaosSoakScenario.RunAsync(options)),
        };
        var started = TimeProvider.System.GetTimestamp();
        var results = new List<BenchResult>();
        foreach (var (name, run) in scenarios.Where(s => options.Runs(s.Name)))
        {
            foreach (var engine in BenchEngines.DataScenarios.Contains(name) ? options.Engines.Cast<DatabaseProvider?>() : [null])
            {
                await output.WriteLineAsync($"Running {name}{(engine is { } e ? $" on {BenchEngines.Name(e)}" : "")}...");
                BenchEngines.Current = engine ?? DatabaseProvider.Sqlite;
                var result = (await run()) with { Engine = engine is { } named ? BenchEngines.Name(named) : null };
                results.Add(result);
                await PrintAsync(result);
                await WriteAsync(results, TimeProvider.System.GetElapsedTime(started));
            }
        }

        await output.WriteLineAsync($"Done in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0} s; results in {options.Output}");
        return results;
    }

    private async Task PrintAsync(BenchResult result)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{result.Title} [{result.Scenario}{(result.Engine is null ? "" : $", {result.Engine}")}]");
        foreach (var (figure, value) in result.Figures)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {figure,-44} {value,12:0.###}"));
        }

        foreach (var (series, values) in result.Series ?? new Dictionary<string, IReadOnlyList<double>>())
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {series,-44} {string.Join("  ", values.Select(v => v.ToString("0.#", CultureInfo.InvariantCulture)))}"));
        }

        await output.WriteLineAsync($"  target: {result.Target}");
        await output.WriteLineAsync($"  met:    {(result.TargetMet ? "yes" : "NO")}{(result.Note is null ? "" : $"  ({result.Note})")}");
        await output.WriteLineAsync();
    }

    private async Task WriteAsync(List<BenchResult> results, TimeSpan elapsed)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(options.Output)!);
        var document = new
        {
            machine = Machine(),
            smoke = options.Smoke,
            elapsedSeconds = Math.Round(elapsed.TotalSeconds, 1),
            scenarios = results,
        };
        await File.WriteAllTextAsync(options.Output, JsonSerializer.Serialize(document, Json));
    }

    private static object Machine() => new
    {
        cores = Environment.ProcessorCount,
        memoryGiB = Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1),
        cpu = CpuModel(),
        os = RuntimeInformation.OSDescription,
        runtime = RuntimeInformation.FrameworkDescription,
    };

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : RuntimeInformation.ProcessArchitecture.ToString();
}
