namespace Structures.Dashboard.Simulation.Faults;

internal enum SimFaultKind
{
    Status,
    ErrorLimited,
    RateLimited,
    Slow,
    MalformedJson,
    // No answer at all: the connection is dropped after the delay, and nothing the request carried is kept.
    Timeout,
}

// One injected fault: which requests it hits (path prefix under /sim/esi or /sim/discord, "*" for all), what it does, how often.
internal sealed record SimFault(string Target, SimFaultKind Kind)
{
    public int Status { get; init; } = 500;

    public int DelayMilliseconds { get; init; }

    public int RetryAfterSeconds { get; init; } = 5;

    // Only this page of a paged route, when set.
    public int? Page { get; init; }

    // How many responses it affects; null until cleared.
    public int? Remaining { get; set; }

    // A storm: it hits every matching request until then, however many there are.
    public DateTimeOffset? Until { get; init; }
}
