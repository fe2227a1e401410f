using Structures.Core.Eve;
using Structures.Core.Owners;

namespace Structures.Core.Structures;

// What the updaters of one sync run share: the owner, the snapshot, the reference data and the rows as they stand.
internal sealed class SyncContext
{
    public required Owner Owner { get; init; }
    public required OwnerSnapshot Snapshot { get; init; }
    public required DateTime Now { get; init; }
    public required Dictionary<long, Structure> Existing { get; init; }
    public required Dictionary<long, EveType> Types { get; init; }
    public required Dictionary<long, EveSolarSystem> Systems { get; init; }
    public required ILookup<long, EveCelestial> Celestials { get; init; }
    public required Dictionary<long, long?> SovereigntyAlliance { get; init; }
    public HashSet<long> Seen { get; } = [];
    public List<Structure> Refueled { get; } = [];
    public List<Structure> Added { get; } = [];

    // Every row of the owner is new this run: none was stored before (Existing takes in the rows added).
    public bool AllRowsNew => Added.Count > 0 && Added.Count == Existing.Count;

    // A structure row for this ID: the existing one, or a new one added to the owner.
    public Structure Row(long id, StructureKind kind, long typeId, long systemId, string name)
    {
        Seen.Add(id);
        if (Existing.TryGetValue(id, out var structure))
        {
            structure.Kind = kind;
            return structure;
        }

        structure = new Structure { Id = id, OwnerId = Owner.CorporationId, Kind = kind, TypeId = typeId, SolarSystemId = systemId, Name = name, CreatedAt = Now };
        Existing[id] = structure;
        Added.Add(structure);
        return structure;
    }

    // When ESI took a list: its Last-Modified, never later than now; now when ESI did not say.
    public DateTime TakenAt(DateTime? lastModified) => lastModified is { } at && at < Now ? at : Now;

    public bool HasSovereignty(long systemId) =>
        StarbaseFuel.HasSovereignty(Owner.AllianceId, Systems.GetValueOrDefault(systemId)?.SpaceType, SovereigntyAlliance.GetValueOrDefault(systemId));

    public EveCelestial? NearestCelestial(long systemId, CelestialKind kind, Esi.Models.EsiPosition? position) =>
        position is null ? null : EveUniverse.Nearest(Celestials[systemId].Where(c => c.Kind == kind), position.X, position.Y, position.Z);

    public static void Place(Structure structure, Esi.Models.EsiPosition? position)
    {
        if (position is not null)
        {
            structure.PositionX = position.X;
            structure.PositionY = position.Y;
            structure.PositionZ = position.Z;
        }
    }

    public void NoteFuel(Structure structure, DateTime? before, DateTime? after, bool existedBefore)
    {
        if (RefuelDetector.IsRefuel(structure.Kind, before, after, existedBefore))
        {
            structure.LastRefueledAt = Now;
            Refueled.Add(structure);
        }
    }
}
