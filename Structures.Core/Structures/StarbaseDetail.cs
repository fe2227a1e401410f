namespace Structures.Core.Structures;

// A starbase's configuration and fuel bay as ESI's starbase detail gives them.
public sealed class StarbaseDetail
{
    public long StructureId { get; set; }
    public bool AllowAllianceMembers { get; set; }
    public bool AllowCorporationMembers { get; set; }
    public bool AttackIfAtWar { get; set; }
    public bool AttackIfOtherSecurityStatusDropping { get; set; }
    public double? AttackSecurityStatusThreshold { get; set; }
    public double? AttackStandingThreshold { get; set; }
    public bool UseAllianceStandings { get; set; }
    public string AnchorRole { get; set; } = "";
    public string UnanchorRole { get; set; } = "";
    public string OnlineRole { get; set; } = "";
    public string OfflineRole { get; set; } = "";
    public string FuelBayViewRole { get; set; } = "";
    public string FuelBayTakeRole { get; set; } = "";
    public long FuelBlocks { get; set; }
    public long Strontium { get; set; }

    // How long the strontium bay keeps the tower reinforced.
    public double StrontiumHours { get; set; }
    public int FuelBlocksPerHour { get; set; }
    public DateTime? LastModifiedAt { get; set; }
}
