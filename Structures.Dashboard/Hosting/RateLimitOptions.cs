using System.ComponentModel.DataAnnotations;

namespace Structures.Dashboard.Hosting;

// Requests per client address: sign-in and owner onboarding (each starts an EVE SSO round), and the service-status
// URL (each evaluates every owner).
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    [Range(1, 1_000_000)]
    public int AuthPermitLimit { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan AuthWindow { get; set; } = TimeSpan.FromMinutes(1);

    // The service-status URL; each calendar feed address is counted the same way, on its own.
    [Range(1, 1_000_000)]
    public int StatusPermitLimit { get; set; } = 30;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan StatusWindow { get; set; } = TimeSpan.FromMinutes(1);
}
