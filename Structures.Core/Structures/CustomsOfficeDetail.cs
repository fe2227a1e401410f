namespace Structures.Core.Structures;

// Tax and access settings of a customs office; rates are fractions 0..1.
public sealed class CustomsOfficeDetail
{
    public long StructureId { get; set; }
    public double? AllianceTaxRate { get; set; }
    public double? CorporationTaxRate { get; set; }
    public double? ExcellentStandingTaxRate { get; set; }
    public double? GoodStandingTaxRate { get; set; }
    public double? NeutralStandingTaxRate { get; set; }
    public double? BadStandingTaxRate { get; set; }
    public double? TerribleStandingTaxRate { get; set; }
    public bool AllowAccessWithStandings { get; set; }
    public bool AllowAllianceAccess { get; set; }
    public int ReinforceExitStart { get; set; }
    public int ReinforceExitEnd { get; set; }
    public string? StandingLevel { get; set; }
}
