namespace Structures.Core.Esi.Models;

// ESI's structure-related answers (esi/openapi.json, compatibility date 2025-12-16), read leniently.
public sealed record EsiPosition(double X, double Y, double Z);

public sealed record EsiStructureService(string Name, string State)
{
    // ESI's states are "online" and "offline"; a structure with any service online had power.
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsOnline => State == "online";
}

public sealed record EsiCorporationStructure(
    long StructureId, long CorporationId, long SystemId, long TypeId, long ProfileId, string? Name, string? State,
    DateTime? StateTimerStart, DateTime? StateTimerEnd, DateTime? FuelExpires, DateTime? UnanchorsAt,
    int? ReinforceHour, int? NextReinforceHour, DateTime? NextReinforceApply, List<EsiStructureService>? Services);

public sealed record EsiUniverseStructure(string Name, long OwnerId, long SolarSystemId, long? TypeId, EsiPosition? Position);

public sealed record EsiStarbase(long StarbaseId, long TypeId, long SystemId, long? MoonId, string? State,
    DateTime? OnlinedSince, DateTime? ReinforcedUntil, DateTime? UnanchorAt);

public sealed record EsiStarbaseFuel(long TypeId, long Quantity);

public sealed record EsiStarbaseDetail(
    bool AllowAllianceMembers, bool AllowCorporationMembers, string? Anchor, bool AttackIfAtWar,
    bool AttackIfOtherSecurityStatusDropping, double? AttackSecurityStatusThreshold, double? AttackStandingThreshold,
    string? FuelBayTake, string? FuelBayView, List<EsiStarbaseFuel>? Fuels, string? Offline, string? Online,
    string? Unanchor, bool UseAllianceStandings);

public sealed record EsiCustomsOffice(
    long OfficeId, long SystemId, int ReinforceExitStart, int ReinforceExitEnd, bool AllowAllianceAccess,
    bool AllowAccessWithStandings, string? StandingLevel, double? CorporationTaxRate, double? AllianceTaxRate,
    double? NeutralStandingTaxRate, double? GoodStandingTaxRate, double? ExcellentStandingTaxRate,
    double? BadStandingTaxRate, double? TerribleStandingTaxRate);

public sealed record EsiAsset(long ItemId, long TypeId, long LocationId, string LocationType, string LocationFlag,
    long Quantity, bool IsSingleton);

public sealed record EsiAssetName(long ItemId, string Name);

public sealed record EsiAssetLocation(long ItemId, EsiPosition Position);

public sealed record EsiExtraction(long StructureId, long MoonId, DateTime ExtractionStartTime, DateTime ChunkArrivalTime, DateTime NaturalDecayTime);

public sealed record EsiSovereigntySystem(long SystemId, long? AllianceId, long? CorporationId, long? FactionId);
