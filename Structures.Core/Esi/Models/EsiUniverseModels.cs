namespace Structures.Core.Esi.Models;

// ESI's universe, character, corporation and alliance answers.
public sealed record EsiType(long TypeId, string Name, long GroupId, double? Volume);

public sealed record EsiGroup(long GroupId, string Name, long CategoryId);

public sealed record EsiSystemPlanet(long PlanetId, List<long>? Moons);

public sealed record EsiSystem(long SystemId, string Name, long ConstellationId, double SecurityStatus, List<EsiSystemPlanet>? Planets);

public sealed record EsiConstellation(long ConstellationId, string Name, long RegionId);

public sealed record EsiRegion(long RegionId, string Name);

public sealed record EsiPlanet(long PlanetId, string Name, long SystemId, long TypeId, EsiPosition Position);

public sealed record EsiMoon(long MoonId, string Name, long SystemId, EsiPosition Position);

public sealed record EsiName(long Id, string Name, string Category);

public sealed record EsiIdName(long Id, string Name);

public sealed record EsiIds(List<EsiIdName>? Characters, List<EsiIdName>? Corporations, List<EsiIdName>? Alliances);

public sealed record EsiCharacter(string Name, long CorporationId, long? AllianceId);

public sealed record EsiCorporation(string Name, string Ticker, long? AllianceId, long CeoId);

public sealed record EsiAlliance(string Name, string Ticker);

public sealed record EsiAffiliation(long CharacterId, long CorporationId, long? AllianceId);

public sealed record EsiRoles(List<string>? Roles);

public sealed record EsiNotification(long NotificationId, string Type, long SenderId, string SenderType, DateTime Timestamp, string? Text, bool? IsRead);
