namespace Structures.Dashboard.Simulation;

// Knobs of the simulated EVE server. Tests and benchmarks shorten caches and limits to compress time.
public sealed class SimulationOptions
{
    public const string SectionName = "Simulation";

    public const string DemoClientId = "structures-demo";
    public const string DemoClientSecret = "structures-demo-secret";

    // Multiplies every ESI cache duration (1 = EVE's own durations).
    public double CacheScale { get; set; } = 1.0;

    // Cache seconds per route name, overriding EVE's duration and the scale.
    public Dictionary<string, double> CacheSeconds { get; set; } = [];

    public int PageSize { get; set; } = 1000;

    public int ErrorLimit { get; set; } = 100;

    public int ErrorWindowSeconds { get; set; } = 60;

    // Token bucket size per rate-limit group, overriding EVE's published limits.
    public Dictionary<string, int> RateLimits { get; set; } = [];

    public int RateLimitWindowSeconds { get; set; } = 900;

    public int DiscordRequestsPerWindow { get; set; } = 5;

    public double DiscordWindowSeconds { get; set; } = 2;

    public int AccessTokenSeconds { get; set; } = 1200;

    public SimScaleOptions Scale { get; set; } = new();

    // Add the simulated corporations as owners at start, as their directors would.
    public bool SeedOwners { get; set; } = true;
}
