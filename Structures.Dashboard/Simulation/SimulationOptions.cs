using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Structures.Dashboard.Simulation;

// The demo switch and the knobs of the simulated EVE server. Tests and benchmarks shorten caches and limits to
// compress time.
internal sealed class SimulationOptions
{
    public const string SectionName = "Simulation";

    public const string DemoClientId = "structures-demo";
    public const string DemoClientSecret = "structures-demo-secret";

    // The demo: the simulated EVE server and Discord in the app. Only in Development; off, the app needs EVE's keys.
    public bool Enabled { get; set; }

    // The demo's own database, never the real one (a real install refuses to open it).
    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/demo.db";

    // Multiplies every ESI cache duration (1 = EVE's own durations).
    [Range(0.0, 1000.0)]
    public double CacheScale { get; set; } = 1.0;

    // Cache seconds per route name, overriding EVE's duration and the scale.
    public Dictionary<string, double> CacheSeconds { get; set; } = [];

    [Range(1, 100_000)]
    public int PageSize { get; set; } = 1000;

    [Range(1, 1_000_000)]
    public int ErrorLimit { get; set; } = 100;

    [Range(1, 86_400)]
    public int ErrorWindowSeconds { get; set; } = 60;

    // Token bucket size per rate-limit group, overriding EVE's published limits.
    public Dictionary<string, int> RateLimits { get; set; } = [];

    [Range(1, 86_400)]
    public int RateLimitWindowSeconds { get; set; } = 900;

    [Range(1, 1_000_000)]
    public int DiscordRequestsPerWindow { get; set; } = 5;

    [Range(0.001, 3600.0)]
    public double DiscordWindowSeconds { get; set; } = 2;

    [Range(1, 86_400)]
    public int AccessTokenSeconds { get; set; } = 1200;

    [ValidateObjectMembers]
    public SimScaleOptions Scale { get; set; } = new();

    // Another instance's simulated EVE server and Discord (its base address), used instead of this instance's own:
    // a second demo instance on the same database then shares the first one's world, as several real instances share
    // EVE. Empty: this instance's own.
    [Url]
    public string? ServerUrl { get; set; }

    // Add the simulated corporations as owners at start, as their directors would.
    public bool SeedOwners { get; set; } = true;
}
