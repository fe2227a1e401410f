namespace Structures.Dashboard.Simulation.Esi;

// How one ESI operation behaves: cache, limiter group, scope, corporation role and the IDs in its path.
internal sealed record EsiRoute(string Name)
{
    public string? Group { get; init; }

    public int? GroupLimit { get; init; }

    // Null means EVE's static-data rule: cached until the next 11:05 UTC.
    public double? CacheSeconds { get; init; }

    public string? Scope { get; init; }

    public string? Role { get; init; }

    public long? CharacterId { get; init; }

    public long? CorporationId { get; init; }

    public bool Paged { get; init; }

    // For routes where ESI checks more than the scope, such as a structure's docking access.
    public Func<long, bool>? CharacterMayRead { get; init; }
}
