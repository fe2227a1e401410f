namespace Structures.Dashboard.Simulation;

internal sealed record SimAlliance(long Id, string Name, string Ticker, long ExecutorCorporationId, DateTime Founded);

internal sealed record SimCorporation(long Id, string Name, string Ticker, long? AllianceId, long CeoId, DateTime Founded)
{
    // A corporation can leave or join an alliance through the control surface, as in game.
    public long? AllianceId { get; set; } = AllianceId;
}

internal sealed record SimCharacter(long Id, string Name, long CorporationId, IReadOnlyList<string> Roles, DateTime Birthday)
{
    // Roles can be taken away by the control surface, as when a director is demoted in game.
    public IReadOnlyList<string> Roles { get; set; } = Roles;

    public string OwnerHash { get; set; } = Convert.ToBase64String(BitConverter.GetBytes(Id * 7919));

    public bool IsDirector => Roles.Contains("Director");
}

internal enum SimStructureKind
{
    Upwell,
    JumpGate,
    MoonDrill,
    Starbase,
    CustomsOffice,
    Skyhook,
}

internal sealed record SimService(string Name, long ModuleTypeId, int FuelPerHour);

internal sealed record SimNotification(
    long NotificationId,
    string Type,
    long SenderId,
    string SenderType,
    DateTime Timestamp,
    string Text);
