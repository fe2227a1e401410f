using System.Globalization;
using System.Text.Json;
using Structures.Core.Data;

namespace Structures.Tests.Benchmarks;

// Scenario 4, coalition scale: 10 to 500 owners, each with 200 structures (a tenth starbases, a tenth customs offices,
// all with assets), synced by the app's own sync job. Each size runs in a fresh process of its own (SyncSizeRun), with
// the app in a further process, so its memory is the product's alone and no size runs warm on another's JIT and caches. The curve is linear when an owner takes
// no longer at the largest size than at the middle one.
internal static class SyncScaleScenario
{
    public const int StructuresPerOwner = 200;
    private static readonly int[] Sizes = [10, 50, 100, 250, 500];

    public static async Task<BenchResult> RunAsync(BenchOptions options)
    {
        if (options.Owners is { } owners)
        {
            return await SyncSizeRun.RunAsync(owners, options.Smoke ? 20 : StructuresPerOwner);
        }

        var figures = new Dictionary<string, double>();
        var perOwner = new List<double>();
        var sizes = options.Smoke ? [1, 2] : Sizes;
        foreach (var size in sizes)
        {
            var run = await RunChildAsync(size, options);
            foreach (var (name, value) in run)
            {
                figures[$"owners_{size}_{name}"] = value;
            }

            perOwner.Add(Math.Round(run["first_sync_s"] * 1000 / size, 1));
        }

        var sqlite = BenchEngines.Current == DatabaseProvider.Sqlite;
        var largest = sizes[^1];
        var growth = perOwner[^1] / perOwner[sizes.Length / 2];
        figures["first_sync_per_owner_growth"] = Math.Round(growth, 2);
        var complete = sizes.All(s => figures[$"owners_{s}_structures"] >= s * (options.Smoke ? 20 : StructuresPerOwner));
        var fast = options.Smoke || (figures[$"owners_{largest}_first_sync_s"] <= 60 && figures[$"owners_{largest}_resync_s"] <= 15);
        var small = options.Smoke || !sqlite || figures["owners_100_product_peak_working_set_mb"] <= 300;
        return new BenchResult("sync", "Structure sync at coalition scale, each size in a fresh process",
            new Dictionary<string, object> { ["structuresPerOwner"] = options.Smoke ? 20 : StructuresPerOwner, ["owners"] = sizes, ["esiCacheScale"] = SyncSizeRun.CacheScale },
            figures,
            $"{largest} owners: first sync <= 60 s, re-sync <= 15 s; 100 owners (20,000 structures) on SQLite: peak working set <= 300 MB; linear (per-owner growth <= 1.5)",
            complete && fast && small && growth <= 1.5,
            "product_peak_working_set_mb is the app's process alone (VmHWM); simulator_peak_working_set_mb is the process of the simulated EVE server and the benchmark; "
            + "a round runs from the first owner's start to the last owner seen synced; first_sync_per_owner_growth = ms per owner at the largest size "
            + "over that at the middle one")
        {
            Series = new Dictionary<string, IReadOnlyList<double>> { ["first_sync_ms_per_owner (by size)"] = perOwner },
        };
    }

    // `bench --only sync --owners N --provider E --out FILE` in a new process; its one scenario's figures.
    private static async Task<Dictionary<string, double>> RunChildAsync(int owners, BenchOptions options)
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("structures-bench-sync-").FullName, "results.json");
        var info = new System.Diagnostics.ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { RedirectStandardOutput = true };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "Structures.Tests.dll"), "bench", "--only", "sync",
            "--owners", owners.ToString(CultureInfo.InvariantCulture), "--provider", BenchEngines.Name(BenchEngines.Current), "--out", output,
        }.Concat(options.Smoke ? ["--smoke"] : []))
        {
            info.ArgumentList.Add(argument);
        }

        ProductGcSettings.ApplyTo(info);
        using var process = System.Diagnostics.Process.Start(info) ?? throw new InvalidOperationException("Could not start the sync run.");
        var said = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 || !File.Exists(output))
        {
            throw new InvalidOperationException($"The sync run for {owners} owners failed ({process.ExitCode}):{Environment.NewLine}{said}");
        }

        using var results = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var figures = results.RootElement.GetProperty("scenarios")[0].GetProperty("figures");
        return figures.EnumerateObject().ToDictionary(f => f.Name, f => f.Value.GetDouble());
    }
}
