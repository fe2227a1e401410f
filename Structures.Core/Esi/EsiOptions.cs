using System.ComponentModel.DataAnnotations;

namespace Structures.Core.Esi;

public sealed class EsiOptions
{
    public const string SectionName = "Esi";

    // Retries of one call when ESI is down (502, 503, 504) or unreachable; 4xx, 420 and 429 are never retried.
    [Range(0, 10)]
    public int RetryCount { get; set; } = 2;

    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    // All ESI calls stop while fewer errors than this are left in the error-limit window.
    [Range(0, 100)]
    public int ErrorLimitReserve { get; set; } = 10;

    // The in-memory cache of ESI answers (bodies and ETags) holds at most this many answers and characters of body.
    [Range(1, int.MaxValue)]
    public int ResponseCacheEntries { get; set; } = 20_000;

    [Range(1, long.MaxValue)]
    public long ResponseCacheCharacters { get; set; } = 50_000_000;
}
