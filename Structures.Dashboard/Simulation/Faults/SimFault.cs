namespace Structures.Dashboard.Simulation.Faults;

internal enum SimFaultKind
{
    Status,
    ErrorLimited,
    RateLimited,
    Slow,
    MalformedJson,
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
}
