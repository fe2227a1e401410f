namespace Structures.Core.Structures;

// One structure of an owner: an Upwell structure, drill, gate, customs office, starbase or skyhook.
// Times are UTC instants; fuel is kept as an absolute expiry, never as a duration.
public sealed class Structure
{
    public long Id { get; set; }
    public long OwnerId { get; set; }
    public StructureKind Kind { get; set; }
    public long TypeId { get; set; }
    public long SolarSystemId { get; set; }
    public long? PlanetId { get; set; }
    public long? MoonId { get; set; }
    public required string Name { get; set; }
    public double? PositionX { get; set; }
    public double? PositionY { get; set; }
    public double? PositionZ { get; set; }

    public StructureState State { get; set; }
    public DateTime? StateTimerStart { get; set; }
    public DateTime? StateTimerEnd { get; set; }
    public DateTime? FuelExpiresAt { get; set; }
    public DateTime? UnanchorsAt { get; set; }
    public int? ReinforceHour { get; set; }
    public int? NextReinforceHour { get; set; }
    public DateTime? NextReinforceApply { get; set; }
    public DateTime? LastOnlineAt { get; set; }
    public DateTime? LastRefueledAt { get; set; }

    public bool? HasFitting { get; set; }
    public bool? HasCore { get; set; }
    public long? FuelBlocks { get; set; }
    public long? MagmaticGas { get; set; }
    public long? LiquidOzone { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime LastUpdatedAt { get; set; }

    // When ESI took the data this row shows (the list's Last-Modified), which a cached answer leaves in the past.
    // Notifications newer than this tell what the row cannot yet (StructureOverlay). Null on rows from before.
    public DateTime? EsiDataAt { get; set; }

    public List<StructureService> Services { get; set; } = [];
    public List<StructureItem> Items { get; set; } = [];
    public List<StructureTag> Tags { get; set; } = [];

    // Webhooks of this structure alone: its structure notifications go there instead of the owner's webhooks.
    public List<Webhooks.Webhook> Webhooks { get; set; } = [];
    public StarbaseDetail? Starbase { get; set; }
    public CustomsOfficeDetail? CustomsOffice { get; set; }

    public bool IsUpwell => Kind is StructureKind.Upwell or StructureKind.JumpGate or StructureKind.MoonDrill;
}
