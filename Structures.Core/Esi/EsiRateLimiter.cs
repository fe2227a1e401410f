using System.Collections.Concurrent;
using System.Globalization;

namespace Structures.Core.Esi;

// ESI's token buckets per (rate-limit group, character), driven by the X-Ratelimit-* headers of each answer.
public sealed class EsiRateLimiter(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTime> _pausedUntil = new();

    public static string Bucket(string group, long? characterId) =>
        $"{group}:{characterId?.ToString(CultureInfo.InvariantCulture) ?? "public"}";

    public DateTime? PausedUntil(string bucket) =>
        _pausedUntil.TryGetValue(bucket, out var until) && until > clock.GetUtcNow().UtcDateTime ? until : null;

    // A bucket with too few tokens for another 2xx waits for the window to give some back; a 429 waits Retry-After.
    public void Observe(string bucket, string? limit, int? remaining)
    {
        if (remaining is not { } left || left >= 2 || !TryParseLimit(limit, out var size, out var window))
        {
            return;
        }

        Pause(bucket, TimeSpan.FromSeconds(Math.Ceiling(window.TotalSeconds * (2 - left) / size)));
    }

    public void Pause(string bucket, TimeSpan duration)
    {
        var until = clock.GetUtcNow().UtcDateTime + duration;
        _pausedUntil.AddOrUpdate(bucket, until, (_, current) => current > until ? current : until);
    }

    // "150/15m" or "20/30s".
    internal static bool TryParseLimit(string? value, out int size, out TimeSpan window)
    {
        size = 0;
        window = TimeSpan.Zero;
        var parts = value?.Split('/') ?? [];
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out size) || size <= 0)
        {
            return false;
        }

        var unit = parts[1][^1];
        if (!int.TryParse(parts[1][..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        window = unit switch
        {
            's' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            _ => TimeSpan.Zero,
        };
        return window > TimeSpan.Zero;
    }
}
