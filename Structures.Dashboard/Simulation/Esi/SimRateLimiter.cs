using Microsoft.Extensions.Options;

namespace Structures.Dashboard.Simulation.Esi;

// ESI's bucket limiter: a floating window per (group, character), costs 2 per 2xx, 1 per 304, 5 per 4xx, 0 per 5xx.
internal sealed class SimRateLimiter(SimWorld world, IOptions<SimulationOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<(DateTime At, int Cost)>> _spent = [];

    public TimeSpan Window => TimeSpan.FromSeconds(options.Value.RateLimitWindowSeconds);

    public int LimitOf(EsiRoute route) =>
        options.Value.RateLimits.TryGetValue(route.Group!, out var limit) ? limit : route.GroupLimit ?? 300;

    public (int Used, int Remaining, int RetryAfterSeconds) State(string bucket, int limit)
    {
        lock (_gate)
        {
            var entries = Trim(bucket);
            var used = entries.Sum(e => e.Cost);
            var retryAfter = used >= limit && entries.Count > 0
                ? (int)Math.Ceiling((entries[0].At + Window - world.Now).TotalSeconds)
                : 0;
            return (used, Math.Max(0, limit - used), Math.Max(1, retryAfter));
        }
    }

    public void Spend(string bucket, int status)
    {
        var cost = status switch
        {
            >= 200 and < 300 => 2,
            >= 300 and < 400 => 1,
            429 => 0,
            >= 400 and < 500 => 5,
            _ => 0,
        };
        if (cost == 0)
        {
            return;
        }

        lock (_gate)
        {
            Trim(bucket).Add((world.Now, cost));
        }
    }

    private List<(DateTime At, int Cost)> Trim(string bucket)
    {
        if (!_spent.TryGetValue(bucket, out var entries))
        {
            _spent[bucket] = entries = [];
        }

        entries.RemoveAll(e => e.At + Window <= world.Now);
        return entries;
    }

    public static string Describe(int limit, TimeSpan window) =>
        window.TotalMinutes >= 1 && window.TotalMinutes % 1 == 0
            ? FormattableString.Invariant($"{limit}/{window.TotalMinutes}m")
            : FormattableString.Invariant($"{limit}/{window.TotalSeconds}s");
}
