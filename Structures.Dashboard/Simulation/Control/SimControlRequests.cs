namespace Structures.Dashboard.Simulation.Control;

// Text, when given, is sent as it is instead of a re-addressed sample (for malformed or new types). TimeLeftSeconds
// sets the timer a sample tells of (timeLeft, reinforceExitTime, decloakTime, readyTime...) instead of the sample's own.
public sealed record EmitNotificationRequest(
    string Type,
    long? StructureId = null,
    long? CorporationId = null,
    bool DistinctIds = false,
    string? Text = null,
    long? TimeLeftSeconds = null);

public sealed record ReinforceRequest(double Hours = 24);

public sealed record FuelRequest(double Hours, double? MagmaticGasHours = null, long? LiquidOzone = null);

public sealed record FaultRequest(
    string Target,
    string Kind,
    int Status = 500,
    int DelayMilliseconds = 0,
    int RetryAfterSeconds = 5,
    int? Page = null,
    int? Count = null,
    double? ForSeconds = null);

public sealed record RolesRequest(IReadOnlyList<string> Roles);
