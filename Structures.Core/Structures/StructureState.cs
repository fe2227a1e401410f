namespace Structures.Core.Structures;

// The states ESI reports for Upwell structures and starbases (values as aa-structures stores them).
public enum StructureState
{
    NotApplicable = 0,
    AnchorVulnerable = 1,
    Anchoring = 2,
    ArmorReinforce = 3,
    ArmorVulnerable = 4,
    DeployVulnerable = 5,
    FittingInvulnerable = 6,
    HullReinforce = 7,
    HullVulnerable = 8,
    OnlineDeprecated = 9,
    OnliningVulnerable = 10,
    ShieldVulnerable = 11,
    Unanchored = 12,
    Unknown = 13,
    StarbaseOffline = 21,
    StarbaseOnline = 22,
    StarbaseOnlining = 23,
    StarbaseReinforced = 24,
    StarbaseUnanchoring = 25,
}
