using System.ComponentModel.DataAnnotations;

namespace Structures.Dashboard.Simulation;

// A larger world for benchmarks: generated corporations added beside the default ones, which stay as they are.
internal sealed class SimScaleOptions
{
    [Range(0, 10_000)]
    public int Corporations { get; set; }

    [Range(0, 100_000)]
    public int StructuresPerCorporation { get; set; } = 200;

    [Range(1, 100)]
    public int DirectorsPerCorporation { get; set; } = 1;
}
