namespace Structures.Dashboard.Simulation.Esi;

// ESI's response shapes (esi/openapi.json), serialised in snake_case. Kept together: they are one wire contract.
internal sealed record EsiPosition(double X, double Y, double Z);

internal sealed record EsiError(string Error, int? SsoStatus = null);

internal sealed record EsiService(string Name, string State);

internal sealed record EsiCorporationStructure(
    long StructureId, long CorporationId, long SystemId, long TypeId, long ProfileId, string? Name, string State,
    DateTime? StateTimerStart, DateTime? StateTimerEnd, DateTime? FuelExpires, DateTime? UnanchorsAt,
    int? ReinforceHour, int? NextReinforceHour, DateTime? NextReinforceApply, IReadOnlyList<EsiService>? Services);

internal sealed record EsiUniverseStructure(string Name, long OwnerId, long SolarSystemId, long TypeId, EsiPosition Position);

internal sealed record EsiStarbase(long StarbaseId, long TypeId, long SystemId, long? MoonId, string? State,
    DateTime? OnlinedSince, DateTime? ReinforcedUntil, DateTime? UnanchorAt);

internal sealed record EsiStarbaseFuel(long TypeId, long Quantity);

internal sealed record EsiStarbaseDetail(
    bool AllowAllianceMembers, bool AllowCorporationMembers, string Anchor, bool AttackIfAtWar,
    bool AttackIfOtherSecurityStatusDropping, double? AttackSecurityStatusThreshold, double? AttackStandingThreshold,
    string FuelBayTake, string FuelBayView, IReadOnlyList<EsiStarbaseFuel> Fuels, string Offline, string Online,
    string Unanchor, bool UseAllianceStandings);

internal sealed record EsiCustomsOffice(
    long OfficeId, long SystemId, int ReinforceExitStart, int ReinforceExitEnd, bool AllowAllianceAccess,
    bool AllowAccessWithStandings, string? StandingLevel, double? CorporationTaxRate, double? AllianceTaxRate,
    double? NeutralStandingTaxRate, double? GoodStandingTaxRate, double? ExcellentStandingTaxRate,
    double? BadStandingTaxRate, double? TerribleStandingTaxRate);

internal sealed record EsiAsset(long ItemId, long TypeId, long LocationId, string LocationType, string LocationFlag,
    long Quantity, bool IsSingleton);

internal sealed record EsiAssetName(long ItemId, string Name);

internal sealed record EsiAssetLocation(long ItemId, EsiPosition Position);

internal sealed record EsiExtraction(long StructureId, long MoonId, DateTime ExtractionStartTime,
    DateTime ChunkArrivalTime, DateTime NaturalDecayTime);

internal sealed record EsiNotification(long NotificationId, string Type, long SenderId, string SenderType,
    DateTime Timestamp, string Text, bool IsRead);

internal sealed record EsiRoles(IReadOnlyList<string> Roles, IReadOnlyList<string> RolesAtHq,
    IReadOnlyList<string> RolesAtBase, IReadOnlyList<string> RolesAtOther);

internal sealed record EsiCharacter(string Name, long CorporationId, long? AllianceId, DateTime Birthday,
    long BloodlineId, long RaceId, string Gender, double SecurityStatus);

internal sealed record EsiCorporation(string Name, string Ticker, long CeoId, long CreatorId, int MemberCount,
    double TaxRate, long? AllianceId, DateTime DateFounded);

internal sealed record EsiAlliance(string Name, string Ticker, long CreatorId, long CreatorCorporationId,
    DateTime DateFounded, long ExecutorCorporationId);

internal sealed record EsiAffiliation(long CharacterId, long CorporationId, long? AllianceId);

internal sealed record EsiName(long Id, string Name, string Category);

internal sealed record EsiIdName(long Id, string Name);

internal sealed record EsiIds(IReadOnlyList<EsiIdName>? Characters, IReadOnlyList<EsiIdName>? Corporations, IReadOnlyList<EsiIdName>? Alliances);

internal sealed record EsiType(long TypeId, string Name, string Description, long GroupId, bool Published, double Volume);

internal sealed record EsiGroup(long GroupId, string Name, long CategoryId, bool Published, IReadOnlyList<long> Types);

internal sealed record EsiCategory(long CategoryId, string Name, bool Published, IReadOnlyList<long> Groups);

internal sealed record EsiSystemPlanet(long PlanetId, IReadOnlyList<long>? Moons);

internal sealed record EsiSystem(long SystemId, string Name, long ConstellationId, double SecurityStatus,
    string SecurityClass, EsiPosition Position, IReadOnlyList<EsiSystemPlanet> Planets);

internal sealed record EsiConstellation(long ConstellationId, string Name, long RegionId, EsiPosition Position,
    IReadOnlyList<long> Systems);

internal sealed record EsiRegion(long RegionId, string Name, IReadOnlyList<long> Constellations);

internal sealed record EsiPlanet(long PlanetId, string Name, long SystemId, long TypeId, EsiPosition Position);

internal sealed record EsiMoon(long MoonId, string Name, long SystemId, EsiPosition Position);

internal sealed record EsiSovereigntySystem(long SystemId, long? AllianceId, long? CorporationId);

internal sealed record EsiSovereigntyStructure(long AllianceId, long SolarSystemId, long StructureId,
    long StructureTypeId, double VulnerabilityOccupancyLevel, DateTime VulnerableStartTime, DateTime VulnerableEndTime);

internal sealed record EsiStatus(int Players, string ServerVersion, DateTime StartTime);
