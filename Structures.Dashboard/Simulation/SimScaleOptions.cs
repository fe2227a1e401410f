namespace Structures.Dashboard.Simulation;

// A larger world for benchmarks: generated corporations added beside the default ones, which stay as they are.
public sealed class SimScaleOptions
{
    public int Corporations { get; set; }

    public int StructuresPerCorporation { get; set; } = 200;

    public int DirectorsPerCorporation { get; set; } = 1;
}
