namespace Structures.Dashboard.Simulation;

// One structure of the simulated universe. Absolute expiry times make fuel burn down with the clock.
internal sealed class SimStructure
{
    public required long Id { get; init; }
    public required long CorporationId { get; set; }
    public required long TypeId { get; init; }
    public required long SystemId { get; init; }
    public required SimStructureKind Kind { get; init; }
    public required string Name { get; set; }
    public double X { get; init; }
    public double Y { get; init; }
    public double Z { get; init; }
    public long? PlanetId { get; init; }
    public long? MoonId { get; init; }

    public string State { get; set; } = "shield_vulnerable";
    public DateTime? StateTimerStart { get; set; }
    public DateTime? StateTimerEnd { get; set; }
    public DateTime? FuelExpires { get; set; }
    public DateTime? UnanchorsAt { get; set; }
    public int ReinforceHour { get; set; } = 18;
    public int? NextReinforceHour { get; set; }
    public DateTime? NextReinforceApply { get; set; }
    public List<SimService> Services { get; init; } = [];
    public List<long> FittedModuleTypeIds { get; init; } = [];
    public bool HasQuantumCore { get; set; } = true;

    // Metenox drills burn fuel blocks and magmatic gas; whichever runs out first stops the drill.
    public DateTime? MagmaticGasExpires { get; set; }

    public long LiquidOzone { get; set; }

    public DateTime? ReinforcedUntil { get; set; }
    public DateTime? OnlinedSince { get; set; }
    public long Strontium { get; set; }

    public int ReinforceExitStart { get; set; } = 17;
    public double CorporationTaxRate { get; set; } = 0.05;
    public double AllianceTaxRate { get; set; } = 0.07;
    public double? NeutralTaxRate { get; set; } = 0.1;
    public bool AllowAllianceAccess { get; set; } = true;
    public bool AllowAccessWithStandings { get; set; } = true;

    public int FuelBlocksPerHour => Kind switch
    {
        SimStructureKind.MoonDrill => 5,
        SimStructureKind.Starbase => StarbaseFuelPerHour,
        _ => Services.Sum(s => s.FuelPerHour),
    };

    public int StarbaseFuelPerHour { get; set; } = 40;

    public bool IsLowPower(DateTime now) => Kind is SimStructureKind.Upwell or SimStructureKind.JumpGate or SimStructureKind.MoonDrill
        && (EffectiveFuelExpiry is not { } expiry || expiry <= now);

    public DateTime? EffectiveFuelExpiry => Kind == SimStructureKind.MoonDrill && MagmaticGasExpires is { } gas && FuelExpires is { } blocks
        ? (gas < blocks ? gas : blocks)
        : FuelExpires;

    public long FuelBlocksLeft(DateTime now) => QuantityLeft(FuelExpires, FuelBlocksPerHour, now);

    public long MagmaticGasLeft(DateTime now) => QuantityLeft(MagmaticGasExpires, 200, now);

    // Fuel is consumed in whole units at the start of each hour (https://support.eveonline.com/ structures FAQ).
    private static long QuantityLeft(DateTime? expires, int perHour, DateTime now) =>
        expires is { } e && e > now ? (long)Math.Ceiling((e - now).TotalHours) * perHour : 0;
}
