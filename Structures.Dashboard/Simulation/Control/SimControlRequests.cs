namespace Structures.Dashboard.Simulation.Control;

// Text, when given, is sent as it is instead of a re-addressed sample (for malformed or new types). TimeLeftSeconds
// sets the timer a sample tells of (timeLeft, reinforceExitTime, decloakTime, readyTime...) instead of the sample's own.
internal sealed record EmitNotificationRequest(
    string Type,
    long? StructureId = null,
    long? CorporationId = null,
    bool DistinctIds = false,
    string? Text = null,
    long? TimeLeftSeconds = null);

internal sealed record ReinforceRequest(double Hours = 24);

internal sealed record FuelRequest(double Hours, double? MagmaticGasHours = null, long? LiquidOzone = null);

internal sealed record FaultRequest(
    string Target,
    string Kind,
    int Status = 500,
    int DelayMilliseconds = 0,
    int RetryAfterSeconds = 5,
    int? Page = null,
    int? Count = null);

internal sealed record RolesRequest(IReadOnlyList<string> Roles);
