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
}
