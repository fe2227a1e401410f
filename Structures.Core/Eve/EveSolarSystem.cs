namespace Structures.Core.Eve;

public sealed class EveSolarSystem
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public double SecurityStatus { get; set; }
    public long ConstellationId { get; set; }
    public string ConstellationName { get; set; } = "";
    public long RegionId { get; set; }
    public string RegionName { get; set; } = "";
    public DateTime UpdatedAt { get; set; }

    // Wormhole systems have IDs 31,000,000-31,999,999 (CCP's ID ranges).
    public bool IsWormhole => Id is >= 31_000_000 and < 32_000_000;

    // Security is shown rounded to one decimal: 0.45 counts as high-sec.
    public SpaceType SpaceType => IsWormhole ? SpaceType.Wormhole
        : Math.Round(SecurityStatus, 1, MidpointRounding.AwayFromZero) >= 0.5 ? SpaceType.HighSec
        : SecurityStatus > 0 ? SpaceType.LowSec
        : SpaceType.NullSec;
}
