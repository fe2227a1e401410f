using Structures.Dashboard.Simulation.Esi;

namespace Structures.Tests.Benchmarks;

// A re-sync meant to ask ESI again starts once the simulated ESI says that every answer it gave for the structure
// sync's routes has expired, by its own clock: the run waits for that moment rather than a length guessed from the
// cache scale.
internal static class StructureCacheExpiry
{
    // The simulated ESI's routes a structure sync reads (SimEsiEndpoints' names): the director's roles, then the
    // corporation's structures, starbases, customs offices, assets and extractions, and each structure's name.
    private static readonly IReadOnlySet<string> Routes = new HashSet<string>
    {
        "character-roles", "corporation-structures", "corporation-starbases", "corporation-starbase", "corporation-customs-offices",
        "corporation-assets", "corporation-asset-names", "corporation-asset-locations", "corporation-mining-extractions", "universe-structure",
    };

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    // Far beyond an hour compressed by the benchmarks' scale: a cache that outlives it was not compressed.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static async Task WaitOutAsync(BenchApp simulator)
    {
        var cache = simulator.Get<SimEsiCache>();
        var started = TimeProvider.System.GetTimestamp();
        while (cache.Unexpired(Routes, simulator.World.Now) is { Count: > 0 } fresh)
        {
            if (TimeProvider.System.GetElapsedTime(started) > Limit)
            {
                var now = simulator.World.Now;
                var some = string.Join(", ", fresh.OrderByDescending(e => e.ExpiresAt).Take(10).Select(e => $"{e.Key} for {(e.ExpiresAt - now).TotalSeconds:0.#} s more"));
                throw new TimeoutException($"The simulated ESI's structure answers were still cached after {Limit.TotalSeconds:0} s: {fresh.Count} of them, e.g. {some}.");
            }

            await Task.Delay(Poll);
        }
    }
}
