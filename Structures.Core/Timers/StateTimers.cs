using Structures.Core.Structures;

namespace Structures.Core.Timers;

// The timers a structure's synced state tells of, whether or not a notification told of them too: a reinforcement
// ending (armor, hull, a starbase's final timer), anchoring or unanchoring finishing. Never stored: they are read
// from the structure as the last sync left it, and go when the next sync sees another state.
public static class StateTimers
{
    public static IEnumerable<StructureTimer> Of(Structure structure)
    {
        if (structure.StateTimerEnd is { } end && KindOf(structure.State) is { } kind)
        {
            yield return Timer(structure, kind, end);
        }

        if (structure.UnanchorsAt is { } unanchorsAt)
        {
            yield return Timer(structure, TimerKind.Unanchoring, unanchorsAt);
        }
    }

    private static TimerKind? KindOf(StructureState state) => state switch
    {
        StructureState.ArmorReinforce => TimerKind.Armor,
        StructureState.HullReinforce => TimerKind.Hull,
        StructureState.StarbaseReinforced => TimerKind.Final,
        StructureState.Anchoring => TimerKind.Anchoring,
        _ => null,
    };

    private static TimerCategory CategoryOf(StructureKind kind) => kind switch
    {
        StructureKind.CustomsOffice => TimerCategory.CustomsOffice,
        StructureKind.Starbase => TimerCategory.Starbase,
        StructureKind.Skyhook => TimerCategory.Skyhook,
        _ => TimerCategory.Upwell,
    };

    private static StructureTimer Timer(Structure structure, TimerKind kind, DateTime endsAt) => new()
    {
        OwnerId = structure.OwnerId,
        Source = TimerSource.StructureState,
        Kind = kind,
        Category = CategoryOf(structure.Kind),
        EndsAt = new DateTime(endsAt.Ticks - (endsAt.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc),
        StructureId = structure.Id,
        StructureTypeId = structure.TypeId,
        StructureName = structure.Name,
        SolarSystemId = structure.SolarSystemId,
        PlanetId = structure.PlanetId,
        MoonId = structure.MoonId,
    };
}
