namespace Structures.Core.Esi;

public sealed class EsiOptions
{
    public const string SectionName = "Esi";

    // Retries of one call when ESI is down (502, 503, 504) or unreachable; 4xx, 420 and 429 are never retried.
    public int RetryCount { get; set; } = 2;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    // All ESI calls stop while fewer errors than this are left in the error-limit window.
    public int ErrorLimitReserve { get; set; } = 10;
}
