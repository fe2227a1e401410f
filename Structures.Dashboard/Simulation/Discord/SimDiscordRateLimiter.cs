using Microsoft.Extensions.Options;

namespace Structures.Dashboard.Simulation.Discord;

// Discord's per-webhook bucket: so many requests per window, then 429 with retry_after until the bucket resets.
internal sealed class SimDiscordRateLimiter(TimeProvider clock, IOptions<SimulationOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (DateTimeOffset Start, int Count)> _buckets = [];

    public SimDiscordBucketState Take(string webhookId)
    {
        var limit = options.Value.DiscordRequestsPerWindow;
        var window = TimeSpan.FromSeconds(options.Value.DiscordWindowSeconds);
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (!_buckets.TryGetValue(webhookId, out var bucket) || now >= bucket.Start + window)
            {
                bucket = (now, 0);
            }

            var resetAfter = bucket.Start + window - now;
            if (bucket.Count >= limit)
            {
                _buckets[webhookId] = bucket;
                return new SimDiscordBucketState(false, limit, 0, resetAfter, now + resetAfter);
            }

            bucket.Count++;
            _buckets[webhookId] = bucket;
            return new SimDiscordBucketState(true, limit, limit - bucket.Count, resetAfter, now + resetAfter);
        }
    }
}

internal sealed record SimDiscordBucketState(bool Allowed, int Limit, int Remaining, TimeSpan ResetAfter, DateTimeOffset ResetAt);
