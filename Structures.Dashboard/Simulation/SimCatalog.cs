namespace Structures.Dashboard.Simulation;

// Type IDs and service modules of EVE used by the simulated universe (EVE static data).
internal static class SimCatalog
{
    public const long Astrahus = 35832, Fortizar = 35833, Keepstar = 35834;
    public const long Raitaru = 35825, Azbel = 35826, Sotiyo = 35827;
    public const long Athanor = 35835, Tatara = 35836;
    public const long Pharolux = 35840, Ansiblex = 35841, Tenebrex = 37534;
    public const long Metenox = 81826, Skyhook = 81080, CustomsOffice = 2233;
    public const long AmarrTowerLarge = 12235, CaldariTowerLarge = 16213, AmarrTowerMedium = 20059, AmarrTowerSmall = 20060;
    public const long AngelTowerLarge = 27539;
    public const long HeliumFuelBlock = 4247, NitrogenFuelBlock = 4051, Strontium = 16275, LiquidOzone = 16273, MagmaticGas = 81143;

    public static readonly SimService MarketHub = new("Market Hub", 35892, 40);
    public static readonly SimService CloneBay = new("Clone Bay", 35894, 10);
    public static readonly SimService Manufacturing = new("Manufacturing (Standard)", 35878, 12);
    public static readonly SimService Research = new("Blueprint Copying", 35891, 12);
    public static readonly SimService Invention = new("Invention", 35886, 12);
    public static readonly SimService Reprocessing = new("Reprocessing", 35899, 10);
    public static readonly SimService MoonDrilling = new("Moon Drilling", 45009, 5);
    public static readonly SimService CompositeReactions = new("Composite Reactions", 45537, 15);
    public static readonly SimService JumpBridge = new("Jump Bridge Access", 35913, 30);
    public static readonly SimService CynoBeacon = new("Cynosural Field", 35912, 15);
    public static readonly SimService CynoJammer = new("Cynosural System Jammer", 35914, 40);
    public static readonly SimService AutomaticMoonDrilling = new("Automatic Moon Drilling", 82941, 0);

    // Fitted weapons and rigs, so the fitting is not empty.
    public static readonly long[] Fitting = [35923, 35947, 37228];

    public static SimService[] DefaultServices(long typeId) => typeId switch
    {
        Keepstar or Fortizar => [MarketHub, CloneBay],
        Astrahus => [CloneBay],
        Raitaru or Azbel or Sotiyo => [Manufacturing, Research, Invention],
        Athanor => [Reprocessing, MoonDrilling],
        Tatara => [Reprocessing, MoonDrilling, CompositeReactions],
        Ansiblex => [JumpBridge],
        Pharolux => [CynoBeacon],
        Tenebrex => [CynoJammer],
        Metenox => [AutomaticMoonDrilling],
        _ => [],
    };

    public static long? QuantumCoreFor(long typeId) => typeId switch
    {
        Astrahus => 56201,
        Athanor => 56202,
        Raitaru => 56203,
        Fortizar => 56204,
        Tatara => 56205,
        Azbel => 56206,
        Keepstar => 56207,
        Sotiyo => 56208,
        _ => null,
    };

    public static int TowerFuelPerHour(string typeName) =>
        typeName.Contains("Small", StringComparison.Ordinal) ? 10
        : typeName.Contains("Medium", StringComparison.Ordinal) ? 20
        : 40;
}
