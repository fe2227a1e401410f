namespace Structures.Dashboard.Simulation.Control;

// Text, when given, is sent as it is instead of a re-addressed sample (for malformed or new types, any type string). TimeLeftSeconds
// sets the timer a sample tells of (timeLeft, reinforceExitTime, decloakTime, readyTime...) instead of the sample's own.
// Problem() says what is wrong with a request, for a 400, or null.
internal sealed record EmitNotificationRequest(
    string Type,
    long? StructureId = null,
    long? CorporationId = null,
    bool DistinctIds = false,
    string? Text = null,
    long? TimeLeftSeconds = null)
{
    public string? Problem() =>
        Type is null ? "type is required."
        : Text is null && string.IsNullOrWhiteSpace(Type) ? "type is required to pick a sample (a text of your own may carry any type, even an empty one)."
        : TimeLeftSeconds is < 0 or > SimControlLimits.MaxSeconds ? $"timeLeftSeconds must be between 0 and {SimControlLimits.MaxSeconds}."
        : null;
}

internal sealed record AllianceRequest(long? AllianceId);

internal sealed record ReinforceRequest(double Hours = 24)
{
    public string? Problem() => SimControlLimits.Hours(nameof(Hours), Hours, minimum: 0);
}

internal sealed record FuelRequest(double Hours, double? MagmaticGasHours = null, long? LiquidOzone = null)
{
    public string? Problem() =>
        SimControlLimits.Hours(nameof(Hours), Hours, minimum: -SimControlLimits.MaxHours)
        ?? (MagmaticGasHours is { } gas ? SimControlLimits.Hours(nameof(MagmaticGasHours), gas, minimum: -SimControlLimits.MaxHours) : null)
        ?? (LiquidOzone is < 0 ? "liquidOzone cannot be negative." : null);
}

internal sealed record FaultRequest(
    string Target,
    string Kind,
    int Status = 500,
    int DelayMilliseconds = 0,
    int RetryAfterSeconds = 5,
    int? Page = null,
    int? Count = null,
    double? ForSeconds = null)
{
    public string? Problem() =>
        string.IsNullOrWhiteSpace(Target) ? "target is required (a path prefix such as /sim/esi/corporations/, or *)."
        : Status is < 100 or > 599 ? "status must be an HTTP status code (100 to 599)."
        : DelayMilliseconds is < 0 or > 600_000 ? "delayMilliseconds must be between 0 and 600000."
        : RetryAfterSeconds is < 0 or > 86_400 ? "retryAfterSeconds must be between 0 and 86400."
        : Page is < 1 ? "page counts from 1."
        : Count is < 1 ? "count must be at least 1 (leave it out for a fault that stays)."
        : ForSeconds is <= 0 or > 86_400 ? "forSeconds must be between 0 and 86400."
        : null;
}

internal sealed record RolesRequest(IReadOnlyList<string> Roles)
{
    public string? Problem() => Roles is null ? "roles is required (an empty list removes every role)." : null;
}
