namespace Structures.Core.Eve;

// A planet or moon: name, system and position, used to place customs offices, skyhooks and drills.
public sealed class EveCelestial
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public CelestialKind Kind { get; set; }
    public long SolarSystemId { get; set; }
    public long? TypeId { get; set; }
    public double X { get; set; }
    public double Y { get; set; }
    public double Z { get; set; }
}

public enum CelestialKind
{
    Planet,
    Moon,
}
