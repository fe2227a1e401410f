namespace Structures.Core.Structures;

public static class StructureStates
{
    // Upwell state strings of ESI's /corporations/{id}/structures.
    public static StructureState FromUpwell(string? state) => state switch
    {
        "anchor_vulnerable" => StructureState.AnchorVulnerable,
        "anchoring" => StructureState.Anchoring,
        "armor_reinforce" => StructureState.ArmorReinforce,
        "armor_vulnerable" => StructureState.ArmorVulnerable,
        "deploy_vulnerable" => StructureState.DeployVulnerable,
        "fitting_invulnerable" => StructureState.FittingInvulnerable,
        "hull_reinforce" => StructureState.HullReinforce,
        "hull_vulnerable" => StructureState.HullVulnerable,
        "online_deprecated" => StructureState.OnlineDeprecated,
        "onlining_vulnerable" => StructureState.OnliningVulnerable,
        "shield_vulnerable" => StructureState.ShieldVulnerable,
        "unanchored" => StructureState.Unanchored,
        _ => StructureState.Unknown,
    };

    // Starbase states; "unanchoring" is matched without the trailing space aa-structures expected.
    public static StructureState FromStarbase(string? state) => state?.Trim() switch
    {
        "offline" => StructureState.StarbaseOffline,
        "online" => StructureState.StarbaseOnline,
        "onlining" => StructureState.StarbaseOnlining,
        "reinforced" => StructureState.StarbaseReinforced,
        "unanchoring" => StructureState.StarbaseUnanchoring,
        _ => StructureState.Unknown,
    };

    public static bool IsReinforced(this StructureState state) =>
        state is StructureState.ArmorReinforce or StructureState.HullReinforce or StructureState.StarbaseReinforced;

    public static string Label(this StructureState state) => state switch
    {
        StructureState.NotApplicable => "N/A",
        StructureState.StarbaseOffline => "offline",
        StructureState.StarbaseOnline => "online",
        StructureState.StarbaseOnlining => "onlining",
        StructureState.StarbaseReinforced => "reinforced",
        StructureState.StarbaseUnanchoring => "unanchoring",
        _ => string.Concat(state.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? $" {char.ToLowerInvariant(c)}" : $"{char.ToLowerInvariant(c)}")),
    };
}
