using Structures.Core.Structures;
using Structures.Core.Structures.Board;

namespace Structures.Core.Statistics;

// The states the statistics count, coarser than ESI's: what an officer asks "how many are ...".
public enum StatisticState
{
    Online,
    Reinforced,
    LowPower,
    Abandoned,
    Anchoring,
    Offline,
    Unknown,
}

public static class StatisticStates
{
    // A starbase being unanchored is offline in EVE; counting it as such tells no more than the board does.
    public static StatisticState Of(StructureBoardRow row, DateTime now) => row switch
    {
        _ when row.IsReinforcedAt(now) => StatisticState.Reinforced,
        { PowerMode: PowerMode.LowPower } => StatisticState.LowPower,
        { PowerMode: PowerMode.Abandoned or PowerMode.AbandonedMaybe } => StatisticState.Abandoned,
        { State: StructureState.Anchoring or StructureState.AnchorVulnerable } => StatisticState.Anchoring,
        { State: StructureState.StarbaseOffline or StructureState.StarbaseUnanchoring or StructureState.Unanchored } => StatisticState.Offline,
        { State: StructureState.Unknown or StructureState.NotApplicable } => StatisticState.Unknown,
        _ => StatisticState.Online,
    };
}
